using System.Collections.Concurrent;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Tests.TestUtilities;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Real SQLite stores for the export tests, each in a file of its own under one temporary folder that is removed,
/// with every store closed, when the test run ends.
/// </summary>
internal static class ExportStores
{
    private static readonly ConcurrentBag<SqliteGraphStore> Opened = [];
    private static readonly string Folder = CreateFolder();

    /// <summary>A fresh store holding the batch, imported and checked as <c>kg import</c> would.</summary>
    public static async Task<SqliteGraphStore> CreateAsync(GraphBatch? batch = null)
    {
        var path = Path.Combine(Folder, $"{Guid.NewGuid():N}.db");
        var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, new ManualTimeProvider(ExportScenarios.ExportedAt));
        Opened.Add(store);
        if (batch is not null)
        {
            await store.ImportAsync(batch);
        }

        return store;
    }

    private static string CreateFolder()
    {
        var folder = Directory.CreateTempSubdirectory("kg-export-stores-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                foreach (var store in Opened)
                {
                    store.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        };
        return folder;
    }
}
