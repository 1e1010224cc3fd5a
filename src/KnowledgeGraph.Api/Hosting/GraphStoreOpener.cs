using System.Data.Common;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Opens the configured store. The service and the <c>kg</c> command line share it, so both read the same keys.</summary>
public static class GraphStoreOpener
{
    private const string SqlitePathKey = "KnowledgeGraph:Storage:Sqlite:Path";

    public const string ProviderMessage = "KnowledgeGraph:Storage:Provider must be Sqlite or Neo4j.";

    public const string Neo4jUriMessage =
        "KnowledgeGraph:Storage:Neo4j:Uri must be the Neo4j server's absolute http or https address, such as http://127.0.0.1:7474.";

    /// <summary>Opens the store; a setting that keeps it from opening is a <see cref="StoreConfigurationException"/> naming the key.</summary>
    public static async Task<IGraphStore> OpenAsync(StorageOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsSqlite)
        {
            return await OpenSqliteAsync(options.Sqlite.Path, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (options.IsNeo4j)
        {
            var settings = options.Neo4j;
            var uri = settings.AbsoluteUri ?? throw new StoreConfigurationException(Neo4jUriMessage);
            try
            {
                return await Neo4jGraphStore.OpenAsync(
                    new Neo4jStoreOptions { Uri = uri, User = settings.User, Password = settings.Password, Database = settings.Database },
                    timeProvider, cancellationToken).ConfigureAwait(false);
            }
            catch (Neo4jException e)
            {
                throw new StoreConfigurationException($"KnowledgeGraph:Storage:Neo4j: the store at {uri} cannot be opened: {e.Message}", e);
            }
        }

        throw new StoreConfigurationException($"{ProviderMessage} It is \"{options.Provider}\".");
    }

    // SQLite alone says "unable to open database file" and the file system names a folder; neither names the setting.
    private static async Task<IGraphStore> OpenSqliteAsync(string configuredPath, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(configuredPath) || configuredPath.Contains('\0', StringComparison.Ordinal))
        {
            throw new StoreConfigurationException($"{SqlitePathKey} must name a database file, such as data/knowledgegraph.db.");
        }

        var path = Path.GetFullPath(configuredPath);
        if (Directory.Exists(path))
        {
            throw new StoreConfigurationException($"{SqlitePathKey}: \"{path}\" is a folder, not a database file.");
        }

        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException)
        {
            throw new StoreConfigurationException($"{SqlitePathKey}: the SQLite database \"{path}\" cannot be opened: {e.Message}", e);
        }
    }
}
