using System.Text.Json.Nodes;

namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>A generated request: a document held as a model (so it can be mutated), its variables and operation name.</summary>
internal sealed class GeneratedRequest
{
    public List<OperationModel> Operations { get; } = [];

    public List<FragmentModel> Fragments { get; } = [];

    /// <summary>The variable values sent, or null to send none.</summary>
    public JsonObject? Variables { get; set; }

    /// <summary>The operation name sent, or null.</summary>
    public string? OperationName { get; set; }

    /// <summary>The document as GraphQL text.</summary>
    public string Document => RequestPrinter.Print(this);

    /// <summary>The variables as JSON text, or null.</summary>
    public string? VariablesJson => Variables?.ToJsonString();
}
