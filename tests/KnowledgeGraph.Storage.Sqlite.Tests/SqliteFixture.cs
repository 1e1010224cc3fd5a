using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Sqlite.Tests;

/// <summary>Fresh stores in files of their own under one temporary folder, deleted with their WAL files when released.</summary>
public sealed class SqliteFixture : IGraphStoreFixture, IDisposable
{
    private readonly Dictionary<IGraphStore, string> _paths = [];

    public string Folder { get; } = Directory.CreateTempSubdirectory("kg-sqlite-").FullName;

    public string NewPath() => Path.Combine(Folder, $"{Guid.NewGuid():N}.db");

    public async Task<IGraphStore> CreateEmptyStoreAsync(TimeProvider timeProvider)
    {
        var path = NewPath();
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, timeProvider);
        lock (_paths)
        {
            _paths[store] = path;
        }

        return store;
    }

    public async Task ReleaseAsync(IGraphStore store)
    {
        await ((SqliteGraphStore)store).DisposeAsync();
        string path;
        lock (_paths)
        {
            path = _paths[store];
            _paths.Remove(store);
        }

        DeleteDatabase(path);
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
