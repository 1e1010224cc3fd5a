using System.Text;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Store;

/// <summary>
/// The seed graph, with a retraction and a chain of merges on top, exported from SQLite, imported into Neo4j,
/// exported again and imported into a new SQLite file: every export is the same document.
/// </summary>
[Collection(Neo4jStoreCollection.Name)]
public sealed class StoreRoundTripTests(Neo4jStoreFixture server) : IDisposable
{
    private static readonly DateTimeOffset ExportedAt = new(2024, 5, 1, 12, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Directory.CreateTempSubdirectory("kg-roundtrip-").FullName;

    [Fact]
    public async Task Exporting_from_sqlite_importing_into_neo4j_and_back_gives_the_same_graph()
    {
        await using var origin = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_folder, "origin.db") }, TimeProvider.System);
        var seed = await GraphDocumentReader.ReadFileAsync(Path.Combine(AppContext.BaseDirectory, "seed", "seed.json"));
        await origin.ImportAsync(seed);
        await origin.RetractTieAsync(seed.Ties[0].Id, "misread in review", "editor");
        var (kept, merged, later) = ThreeOfOneKind(seed.Actors);
        await origin.MergeActorsAsync(kept, merged, "editor", "same body");
        await origin.MergeActorsAsync(later, kept, "editor", "same body again");
        var fromSqlite = await ExportAsync(origin);

        await server.WipeAsync();
        await using var neo4j = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System);
        var imported = await neo4j.ImportAsync(await ReadAsync(fromSqlite));
        var fromNeo4j = await ExportAsync(neo4j);

        await using var back = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = Path.Combine(_folder, "back.db") }, TimeProvider.System);
        await back.ImportAsync(await ReadAsync(fromNeo4j));
        var backInSqlite = await ExportAsync(back);

        Assert.Equal(2, imported.MergesRecorded);
        Assert.Equal(fromSqlite, fromNeo4j);
        Assert.Equal(fromSqlite, backInSqlite);
        Assert.Equal(later, (await neo4j.GetActorsAsync([merged]))[merged].Id);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (string Kept, string Merged, string Later) ThreeOfOneKind(IReadOnlyList<Actor> actors)
    {
        var group = actors.GroupBy(a => a.Kind).First(g => g.Count() >= 3).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        return (group[0].Id, group[1].Id, group[2].Id);
    }

    private static async Task<string> ExportAsync(IGraphStore store)
    {
        using var output = new MemoryStream();
        await GraphDocumentWriter.WriteAsync(store, output, ExportedAt);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static Task<GraphBatch> ReadAsync(string document) =>
        GraphDocumentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(document)), textFileRoot: null);
}
