using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg import FILE</c>: writes a document in one transaction, or nothing at all.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var command = new Command("import", "Import a document atomically: one bad row and nothing is written.") { file };
        command.SetAction((parse, cancellationToken) => DocumentArgument.RunAsync(parse, file, cancellationToken, async (batch, store, ct) =>
        {
            // A large import takes a while; say what is happening before the transaction starts.
            parse.InvocationConfiguration.Error.WriteLine(
                $"Read {batch.Articles.Count} articles, {batch.Actors.Count} actors, {batch.Ties.Count} ties; checking and writing in one transaction...");
            var result = await store.ImportAsync(batch, ct).ConfigureAwait(false);
            return $"Imported {parse.GetValue(file)!.Name}: {result.ArticlesAdded} articles added ({result.ArticlesUnchanged} unchanged), " +
                   $"{result.ActorsWritten} actors written, {result.TiesAdded} ties added ({result.TiesUnchanged} unchanged), " +
                   $"{result.MergesRecorded} merges recorded.";
        }));
        return command;
    }
}
