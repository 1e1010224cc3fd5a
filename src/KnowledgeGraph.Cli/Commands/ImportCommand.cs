using System.CommandLine;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg import FILE</c>: writes a document in one transaction, or nothing at all.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = DocumentArgument.Create();
        var command = new Command("import", "Import a document atomically: one bad row and nothing is written.") { file };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            try
            {
                var batch = await DocumentArgument.ReadAsync(path, cancellationToken).ConfigureAwait(false);
                var store = await CliStore.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
                try
                {
                    var result = await store.ImportAsync(batch, cancellationToken).ConfigureAwait(false);
                    parse.InvocationConfiguration.Output.WriteLine(
                        $"Imported {path.Name}: {result.ArticlesAdded} articles added ({result.ArticlesUnchanged} unchanged), " +
                        $"{result.ActorsWritten} actors written, {result.TiesAdded} ties added ({result.TiesUnchanged} unchanged), " +
                        $"{result.MergesRecorded} merges recorded.");
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
