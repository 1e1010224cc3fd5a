using System.CommandLine;
using KnowledgeGraph.Core.Import;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg validate FILE</c>: every check an import makes, against the stored graph, writing nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var command = new Command("validate", "Check a document as import would, against the configured store, without writing.") { file };
        command.SetAction((parse, cancellationToken) => DocumentArgument.RunAsync(parse, file, cancellationToken,
            async (batch, store, ct) => Summary(parse.GetValue(file)!, BatchRules.Prepare(batch, await StoredGraphSnapshot.LoadAsync(store, batch, ct).ConfigureAwait(false))),
            (batch, missing) => Summary(parse.GetValue(file)!, BatchRules.Prepare(batch, StoredGraphSnapshot.Empty)) +
                                $" Checked against an empty graph: the database {missing} does not exist yet, and was not created."));
        return command;
    }

    private static string Summary(FileInfo file, GraphBatch prepared) =>
        $"{file.Name} is valid: {prepared.Articles.Count} articles, {prepared.Actors.Count} actors, {prepared.Ties.Count} ties, {prepared.Merges.Count} merges.";
}
