namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>A selection of a generated document: a field, an inline fragment or a fragment spread.</summary>
internal abstract class SelectionModel
{
    /// <summary>The directives on the selection, printed in order.</summary>
    public List<DirectiveModel> Directives { get; } = [];
}
