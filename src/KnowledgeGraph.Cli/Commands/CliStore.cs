using System.CommandLine;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Store;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Opens the store the service would open: the same keys, from appsettings.json in the working directory and
/// <c>KnowledgeGraph__Storage__*</c> environment variables, with <c>--database</c> as a shortcut for the SQLite path.
/// </summary>
internal static class CliStore
{
    public static Option<string?> DatabaseOption { get; } = new("--database")
    {
        Description = "The SQLite database file (overrides KnowledgeGraph__Storage__Sqlite__Path).",
        Recursive = true,
    };

    public static async Task<IGraphStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken) =>
        await GraphStoreOpener.OpenAsync(Options(parse), TimeProvider.System, cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The full path of the configured SQLite database when no such file exists yet, so a command that only reads
    /// can say so instead of opening the store, which would create an empty database there; otherwise null.
    /// Settings that cannot be read are a <see cref="StoreConfigurationException"/>, as when opening.
    /// </summary>
    public static string? MissingSqliteDatabase(ParseResult parse)
    {
        var options = Options(parse);
        if (!options.IsSqlite || string.IsNullOrWhiteSpace(options.Sqlite.Path))
        {
            return null;
        }

        var path = Path.GetFullPath(options.Sqlite.Path);
        return File.Exists(path) || Directory.Exists(path) ? null : path;
    }

    private static StorageOptions Options(ParseResult parse)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var options = new StorageOptions();
        try
        {
            // As in the service: a misspelt key is an error, not a setting left at its default.
            configuration.GetSection(StorageOptions.Section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            throw new StoreConfigurationException($"{StorageOptions.Section}: {e.Message}", e);
        }

        if (parse.GetValue(DatabaseOption) is { } database)
        {
            options.Provider = "Sqlite";
            options.Sqlite.Path = database;
        }

        return options;
    }

    public static async ValueTask CloseAsync(IGraphStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }
    }
}
