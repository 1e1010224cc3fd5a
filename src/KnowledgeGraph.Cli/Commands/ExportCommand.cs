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

            if (parse.GetValue(output) is { } target && OutputProblem(target) is { } problem)
            {
                parse.InvocationConfiguration.Error.WriteLine($"--out: {problem}");
                return ExitCodes.Usage;
            }

            IGraphStore store;
            try
            {
                if (CliStore.MissingSqliteFile(parse) is { } missing)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"no database at {missing}: give --database (or KnowledgeGraph__Storage__Sqlite__Path) an existing SQLite file; nothing was exported");
                    return ExitCodes.Usage;
                }

                store = await CliStore.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreConfigurationException unavailable)
            {
                parse.InvocationConfiguration.Error.WriteLine(unavailable.Message);
                return ExitCodes.Usage;
            }

            try
            {
                return await ExportAsync(parse, request, store, parse.GetValue(output), cancellationToken).ConfigureAwait(false);
            }
            catch (ExportSelectionException unknown)
            {
                // The message starts with the parameter, actors or articles, which is also the option's name.
                parse.InvocationConfiguration.Error.WriteLine($"--{unknown.Message}");
                return ExitCodes.Usage;
            }
            finally
            {
                await CliStore.CloseAsync(store).ConfigureAwait(false);
            }
        });
        return command;
    }

    private static async Task<int> ExportAsync(ParseResult parse, ExportRequest request, IGraphStore store, FileInfo? file, CancellationToken cancellationToken)
    {
        var exportedAt = DateTimeOffset.UtcNow;
        if (file is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await request.Exporter.WriteAsync(store, request.Selection, stdout, exportedAt, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        // Write beside the target and rename, so a failed export never leaves a half-written file behind.
        var partial = file.FullName + ".partial";
        try
        {
            await using (var stream = File.Create(partial))
            {
                await request.Exporter.WriteAsync(store, request.Selection, stream, exportedAt, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, file.FullName, overwrite: true);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }

        parse.InvocationConfiguration.Error.WriteLine($"Exported to {file.FullName}.");
        return ExitCodes.Ok;
    }

    private static string? OutputProblem(FileInfo file) =>
        Directory.Exists(file.FullName) ? $"{file.FullName} is a folder; give the name of the file to write"
        : !Directory.Exists(file.DirectoryName) ? $"the folder {file.DirectoryName} does not exist"
        : null;

    private static string Kebab(string parameter) =>
        SelectionOptions.FirstOrDefault(o => o.Parameter == parameter).Option?.TrimStart('-') ?? parameter;
}
