using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>One node of an export: an actor and the time it is present (null: no bounds).</summary>
internal sealed record ExportNode(Actor Actor, DayInterval? Span);
