using System.CommandLine;
using System.Data.Common;
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

    /// <summary>
    /// Opens the store; settings that open no store (an unknown provider, a misspelt key, a file that is not a SQLite
    /// database) throw <see cref="StoreConfigurationException"/> with a message for the command line.
    /// </summary>
    public static async Task<IGraphStore> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var options = Options(parse);
        try
        {
            return await GraphStoreOpener.OpenAsync(options, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreConfigurationException failure) when (options.IsSqlite && failure.InnerException is DbException or IOException or UnauthorizedAccessException)
        {
            // The opener names the setting; here the path usually came from --database, so the file is named alone.
            throw new StoreConfigurationException($"cannot open the SQLite database {Path.GetFullPath(options.Sqlite.Path)}: {failure.InnerException.Message}", failure);
        }
    }

    /// <summary>
    /// The full path of the SQLite file the store would be opened from when that file does not exist, else null.
    /// Opening creates a missing file, which suits an import but would make a mistyped path read as an empty graph.
    /// </summary>
    public static string? MissingSqliteFile(ParseResult parse)
    {
        var options = Options(parse);
        if (!options.IsSqlite || string.IsNullOrWhiteSpace(options.Sqlite.Path) || options.Sqlite.Path.Contains('\0', StringComparison.Ordinal))
        {
            // No path is the opener's to report, naming the setting.
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
