using System.CommandLine;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// <c>kg export --format F [--out FILE] [selection]</c>: the whole graph, or a subgraph, in any export format. The
/// options carry the same names and rules as the parameters of <c>GET /export</c>.
/// </summary>
internal static class ExportCommand
{
    // Option name -> the /export parameter it sets.
    private static readonly (string Option, string Parameter, string Description)[] SelectionOptions =
    [
        ("--actors", "actors", "Seed actor ids, comma-separated: export their neighbourhood instead of the whole graph."),
        ("--depth", "depth", "Hops around the seeds, 1 to 3."),
        ("--types", "types", "Tie types to follow, comma-separated (LEADS, AFFILIATED_WITH, MET_WITH, ATTACKED)."),
        ("--from", "from", "Window start: YYYY, YYYY-MM or YYYY-MM-DD (the start of that interval)."),
        ("--to", "to", "Window end: YYYY, YYYY-MM or YYYY-MM-DD (the end of that interval)."),
        ("--include-undated", "includeUndated", "true or false: keep ties with an unknown date in a windowed export."),
        ("--articles", "articles", "Article ids, comma-separated: export what these articles reported."),
        ("--edges", "edges", "reports (one edge per tie) or relations (one per source, type and target, weighted)."),
        ("--max-nodes", "maxNodes", "The most actors a neighbourhood export holds."),
    ];

    public static Command Create()
    {
        var format = new Option<string>("--format") { Description = "graphml, gexf, cytoscape, csv, jgf or json.", DefaultValueFactory = _ => "json" };
        var output = new Option<FileInfo?>("--out") { Description = "The file to write; standard output when left out." };
        var command = new Command("export", "Export the graph or a subgraph; a whole-graph json export imports into an empty store as an equal graph.") { format, output };
        var selection = SelectionOptions.Select(o => (new Option<string?>(o.Option) { Description = o.Description }, o.Parameter)).ToArray();
        foreach (var (option, _) in selection)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) =>
        {
            var parameters = new Dictionary<string, string?>(StringComparer.Ordinal) { [GraphExporters.FormatParameter] = parse.GetValue(format) };
            foreach (var (option, parameter) in selection)
            {
                if (parse.GetValue(option) is { } value)
                {
                    parameters[parameter] = value;
                }
            }

            if (!GraphExporters.TryParseRequest(parameters, out var request, out var errors))
            {
                foreach (var error in errors)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"--{Kebab(error.Parameter)}: {error.Message}");
                }

                return ExitCodes.Usage;
            }

            IGraphStore store;
            try
            {
                if (CliStore.MissingSqliteDatabase(parse) is { } missing)
                {
                    return UsageError.Report(parse, $"the database {missing} does not exist; there is nothing to export.");
                }

                store = await CliStore.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreConfigurationException e)
            {
                return UsageError.Report(parse, e.Message);
            }

            try
            {
                var exportedAt = DateTimeOffset.UtcNow;
                if (parse.GetValue(output) is not { } file)
                {
                    await using var stdout = Console.OpenStandardOutput();
                    await request.Exporter.WriteAsync(store, request.Selection, stdout, exportedAt, cancellationToken).ConfigureAwait(false);
                    return ExitCodes.Ok;
                }

                return await WriteFileAsync(parse, file, stream => request.Exporter.WriteAsync(store, request.Selection, stream, exportedAt, cancellationToken)).ConfigureAwait(false);
            }
            catch (ExportSelectionException unknown)
            {
                // Thrown before the first byte is written: the selection names actors or articles the graph does not hold.
                parse.InvocationConfiguration.Error.WriteLine(unknown.Message.StartsWith(unknown.Parameter + ":", StringComparison.Ordinal)
                    ? $"--{Kebab(unknown.Parameter)}{unknown.Message[unknown.Parameter.Length..]}"
                    : unknown.Message);
                return ExitCodes.Usage;
            }
            finally
            {
                await CliStore.CloseAsync(store).ConfigureAwait(false);
            }
        });
        return command;
    }

    // Write beside the target and rename, so a failed export never leaves a half-written file behind, nor the partial one.
    private static async Task<int> WriteFileAsync(ParseResult parse, FileInfo file, Func<Stream, Task> write)
    {
        if (Directory.Exists(file.FullName))
        {
            return UsageError.Report(parse, $"{file.FullName} is a folder; --out must name a file.");
        }

        var partial = file.FullName + ".partial";
        try
        {
            await using (var stream = File.Create(partial))
            {
                await write(stream).ConfigureAwait(false);
            }

            File.Move(partial, file.FullName, overwrite: true);
            parse.InvocationConfiguration.Error.WriteLine($"Exported to {file.FullName}.");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (UsageError.IsFileProblem(e))
        {
            return UsageError.Report(parse, $"{file.FullName} cannot be written: {e.Message}");
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    private static string Kebab(string parameter) =>
        SelectionOptions.FirstOrDefault(o => o.Parameter == parameter).Option?.TrimStart('-') ?? parameter;
}
