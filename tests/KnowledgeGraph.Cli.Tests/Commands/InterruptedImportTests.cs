using System.Text.Json;
using KnowledgeGraph.Cli.Tests.TestUtilities;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Cli.Tests.Commands;

/// <summary>
/// A real <c>kg import</c> child process killed while its transaction is open must leave the store exactly as it
/// was: the transaction is atomic on disk, not only in the process.
/// </summary>
public sealed class InterruptedImportTests
{
    [Fact]
    public async Task A_process_killed_in_the_middle_of_an_import_leaves_the_store_as_it_was()
    {
        using var folder = new TempFolder();
        var database = folder.File("graph.db");
        Assert.Equal(0, (await KgProcess.RunAsync("import", SeedDocument.Path, "--database", database)).ExitCode);
        var before = await SnapshotAsync(database);
        var big = folder.File("big.json");
        WriteLargeDocument(big, ties: 600_000);

        using var import = KgProcess.Start("import", big, "--database", database);
        await WaitForTransactionAsync(import);
        Assert.False(import.HasExited, "the import finished before it could be interrupted; make the document larger");
        import.Kill(entireProcessTree: true);
        await import.WaitForExitAsync();

        Assert.Equal(before, await SnapshotAsync(database));
    }

    // kg says when the document is read and the import begins; from then on it runs for seconds (600k ties take 2-4 s
    // on an idle 2-core machine, longer under load), so a second later it is writing inside its transaction. Waiting
    // for the WAL to grow does not work: the import's pages stay in SQLite's cache until the commit.
    private static async Task WaitForTransactionAsync(System.Diagnostics.Process import)
    {
        string? line;
        while ((line = await import.StandardError.ReadLineAsync()) is not null && !line.Contains("in one transaction", StringComparison.Ordinal))
        {
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    private static async Task<string> SnapshotAsync(string database)
    {
        await using var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = database }, TimeProvider.System, CancellationToken.None);
        var counts = await store.GetCountsAsync();
        return JsonSerializer.Serialize(counts);
    }

    private static void WriteLargeDocument(string path, int ties)
    {
        const string text = "Group one attacked group two near the base. Group two met group one in the capital.";
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteStartArray("articles");
        json.WriteStartObject();
        json.WriteString("id", "bulk-article");
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("actors");
        for (var i = 0; i < 2_000; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"bulk-actor-{i}");
            json.WriteString("kind", "FACTION");
            json.WriteString("name", $"Bulk Actor {i}");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("ties");
        for (var i = 0; i < ties; i++)
        {
            json.WriteStartObject();
            json.WriteString("id", $"bulk-tie-{i}");
            json.WriteString("type", "ATTACKED");
            json.WriteString("source", $"bulk-actor-{i % 2_000}");
            json.WriteString("target", $"bulk-actor-{(i * 7 + 1) % 2_000}");
            json.WriteString("article", "bulk-article");
            json.WriteString("date", $"2023-{(i % 12) + 1:00}");
            json.WriteString("evidence", "Group one attacked group two near the base.");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
