using System.CommandLine;
using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Cli.Commands;

/// <summary><c>kg export --format json [--out F]</c>: the whole graph in the import format.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "The output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");
        var output = new Option<FileInfo?>("--out") { Description = "The file to write; standard output when left out." };
        var command = new Command("export", "Export the whole graph; importing the output into an empty store gives an equal graph.") { format, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var store = await CliStore.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            try
            {
                if (parse.GetValue(output) is not { } file)
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await GraphDocumentWriter.WriteAsync(store, stdout, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                // Write beside the target and rename, so a failed export never leaves a half-written file behind.
                var partial = file.FullName + ".partial";
                await using (var stream = File.Create(partial))
                {
                    await GraphDocumentWriter.WriteAsync(store, stream, DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
                }

                File.Move(partial, file.FullName, overwrite: true);
                parse.InvocationConfiguration.Error.WriteLine($"Exported the graph to {file.FullName}.");
                return ExitCodes.Ok;
            }
            finally
            {
                await CliStore.CloseAsync(store).ConfigureAwait(false);
            }
        });
        return command;
    }
}
