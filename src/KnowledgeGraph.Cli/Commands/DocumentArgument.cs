using System.CommandLine;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The FILE argument of import and validate, and how a rejected document is reported.</summary>
internal static class DocumentArgument
{
    public static Argument<FileInfo> Create() => new Argument<FileInfo>("file")
    {
        Description = "An import document (graph-schema/README.md describes the format).",
    }.AcceptExistingOnly();

    /// <summary>
    /// Reads the document, opens the store, runs <paramref name="act"/> and prints its summary; a document or a batch
    /// that breaks a rule is reported with every problem and exits with <see cref="ExitCodes.InvalidData"/>. When the
    /// configured SQLite database does not exist and <paramref name="withoutDatabase"/> is given, that runs instead,
    /// with the database's path, and no store is opened (opening one would create the file).
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parse, Argument<FileInfo> argument, CancellationToken cancellationToken,
        Func<GraphBatch, IGraphStore, CancellationToken, Task<string>> act, Func<GraphBatch, string, string>? withoutDatabase = null)
    {
        var file = parse.GetValue(argument)!;
        if (Directory.Exists(file.FullName))
        {
            return UsageError.Report(parse, $"{file.FullName} is a folder, not an import document.");
        }

        try
        {
            GraphBatch batch;
            try
            {
                batch = await GraphDocumentReader.ReadFileAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (UsageError.IsFileProblem(e))
            {
                return UsageError.Report(parse, $"{file.FullName} cannot be read: {e.Message}");
            }

            if (withoutDatabase is not null && CliStore.MissingSqliteDatabase(parse) is { } missing)
            {
                parse.InvocationConfiguration.Output.WriteLine(withoutDatabase(batch, missing));
                return ExitCodes.Ok;
            }

            var store = await CliStore.OpenAsync(parse, cancellationToken).ConfigureAwait(false);
            try
            {
                parse.InvocationConfiguration.Output.WriteLine(await act(batch, store, cancellationToken).ConfigureAwait(false));
                return ExitCodes.Ok;
            }
            finally
            {
                await CliStore.CloseAsync(store).ConfigureAwait(false);
            }
        }
        catch (GraphRuleException rejection)
        {
            return Reject(parse.InvocationConfiguration.Error, file.Name, rejection);
        }
        catch (StoreConfigurationException e)
        {
            return UsageError.Report(parse, e.Message);
        }
    }

    private static int Reject(TextWriter error, string file, GraphRuleException rejection)
    {
        error.WriteLine($"{file}: {rejection.Violations.Count} problem(s); nothing was written.");
        foreach (var violation in rejection.Violations)
        {
            error.WriteLine($"  {violation.Path}: {violation.Message} [{violation.Code}]");
        }

        return ExitCodes.InvalidData;
    }
}
