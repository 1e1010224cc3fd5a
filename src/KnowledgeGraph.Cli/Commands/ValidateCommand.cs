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
        command.SetAction((parse, cancellationToken) => DocumentArgument.RunAsync(parse, file, cancellationToken, async (batch, store, ct) =>
        {
            var stored = await StoredGraphSnapshot.LoadAsync(store, batch, ct).ConfigureAwait(false);
            var prepared = BatchRules.Prepare(batch, stored);
            return $"{parse.GetValue(file)!.Name} is valid: {prepared.Articles.Count} articles, {prepared.Actors.Count} actors, {prepared.Ties.Count} ties, {prepared.Merges.Count} merges.";
        }));
        return command;
    }
}
