using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Opens the configured store. The service and the <c>kg</c> command line share it, so both read the same keys.</summary>
public static class GraphStoreOpener
{
    public const string ProviderMessage = "KnowledgeGraph:Storage:Provider must be Sqlite or Neo4j.";

    public const string Neo4jUriMessage =
        "KnowledgeGraph:Storage:Neo4j:Uri must be the Neo4j server's absolute http or https address, such as http://127.0.0.1:7474.";

    public static async Task<IGraphStore> OpenAsync(StorageOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.IsSqlite)
        {
            var path = Path.GetFullPath(options.Sqlite.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        if (options.IsNeo4j)
        {
            var settings = options.Neo4j;
            var uri = settings.AbsoluteUri ?? throw new InvalidOperationException(Neo4jUriMessage);
            return await Neo4jGraphStore.OpenAsync(
                new Neo4jStoreOptions { Uri = uri, User = settings.User, Password = settings.Password, Database = settings.Database },
                timeProvider, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"{ProviderMessage} It is \"{options.Provider}\".");
    }
}
