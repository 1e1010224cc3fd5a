using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>Opens the configured store. The service and the <c>kg</c> command line share it, so both read the same keys.</summary>
public static class GraphStoreOpener
{
    public static async Task<IGraphStore> OpenAsync(StorageOptions options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.Equals(options.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var path = Path.GetFullPath(options.Sqlite.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, timeProvider, cancellationToken).ConfigureAwait(false);
        }

        throw new InvalidOperationException(
            $"KnowledgeGraph:Storage:Provider is \"{options.Provider}\"; the supported providers are: Sqlite.");
    }
}
