using System.CommandLine;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg validate FILE</c>: every check an import makes, against the stored graph, writing nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var command = new Command("validate", "Check a document as import would, against the configured store, without writing.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                var batch = await DocumentArgument.ReadAsync(path, cancellationToken).ConfigureAwait(false);
                var store = await CliStore.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
                try
                {
                    var stored = await StoredGraphSnapshot.LoadAsync(store, batch, cancellationToken).ConfigureAwait(false);
                    var prepared = BatchRules.Prepare(batch, stored);
                    parse.InvocationConfiguration.Output.WriteLine(
                        $"{path.Name} is valid: {prepared.Articles.Count} articles, {prepared.Actors.Count} actors, {prepared.Ties.Count} ties, {prepared.Merges.Count} merges.");
                    return ExitCodes.Ok;
                }
                finally
                {
                    await CliStore.CloseAsync(store).ConfigureAwait(false);
                }
            }
            catch (GraphRuleException rejection)
            {
                return DocumentArgument.Reject(parse.InvocationConfiguration.Error, path.Name, rejection);
            }
        });
        return command;
    }
}
