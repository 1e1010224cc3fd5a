using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>One export the format tests write and read back: a store and a selection, under a file-friendly name.</summary>
internal sealed record ExportScenario(string Name, InMemoryGraphStore Store, ExportSelection Selection)
{
    public override string ToString() => Name;
}
