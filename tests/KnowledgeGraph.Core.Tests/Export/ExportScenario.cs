using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>One export the format tests write and read back: a store and a selection, under a file-friendly name.</summary>
internal sealed record ExportScenario(string Name, IGraphStore Store, ExportSelection Selection)
{
    public override string ToString() => Name;
}
