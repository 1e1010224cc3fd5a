using System.CommandLine;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The FILE argument of import and validate, and how a rejected document is reported.</summary>
internal static class DocumentArgument
{
    public static Argument<FileInfo> Create() => new Argument<FileInfo>("file")
    {
        Description = "An import document (graph-schema/README.md describes the format).",
    }.AcceptExistingOnly();

    public static Task<GraphBatch> ReadAsync(FileInfo file, CancellationToken cancellationToken) =>
        GraphDocumentReader.ReadFileAsync(file.FullName, cancellationToken);

    public static int Reject(TextWriter error, string file, GraphRuleException rejection)
    {
        error.WriteLine($"{file}: {rejection.Violations.Count} problem(s); nothing was written.");
        foreach (var violation in rejection.Violations)
        {
            error.WriteLine($"  {violation.Path}: {violation.Message} [{violation.Code}]");
        }

        return ExitCodes.InvalidData;
    }
}
