using System.CommandLine;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The FILE argument of import and validate, and how a rejected document is reported.</summary>
internal static class DocumentArgument
{
    public static Argument<FileInfo> Create()
    {
        var file = new Argument<FileInfo>("file")
        {
            Description = "An import document (graph-schema/README.md describes the format).",
        }.AcceptExistingOnly();

        // AcceptExistingOnly accepts a folder too, which would fail later on opening it as a file.
        file.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => Directory.Exists(t.Value)))
            {
                result.AddError($"{Path.GetFullPath(token.Value)} is a folder, not an import document");
            }
        });
        return file;
    }

    /// <summary>
    /// Reads the document, opens the store, runs <paramref name="act"/> and prints its summary; a document or a batch
    /// that breaks a rule is reported with every problem and exits with <see cref="ExitCodes.InvalidData"/>. When the
    /// configured SQLite file does not exist and <paramref name="withoutDatabase"/> is given, that runs instead, with
    /// the file's path, and no store is opened (opening one would create the file).
    /// </summary>
    public static async Task<int> RunAsync(ParseResult parse, Argument<FileInfo> argument, CancellationToken cancellationToken,
        Func<GraphBatch, IGraphStore, CancellationToken, Task<string>> act, Func<GraphBatch, string, string>? withoutDatabase = null)
    {
        var file = parse.GetValue(argument)!;
        try
        {
            GraphBatch batch;
            try
            {
                batch = await GraphDocumentReader.ReadFileAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"{file.FullName} cannot be read: {e.Message}");
                return ExitCodes.Usage;
            }

            if (withoutDatabase is not null && CliStore.MissingSqliteFile(parse) is { } missing)
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
        catch (StoreConfigurationException unavailable)
        {
            parse.InvocationConfiguration.Error.WriteLine(unavailable.Message);
            return ExitCodes.Usage;
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
