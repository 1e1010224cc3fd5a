using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>An edge that is one tie, with the article that reported it.</summary>
internal sealed record ReportEdge(Tie Tie, ArticleSummary? Article) : ExportEdge(Tie.Id, Tie.Source, Tie.Type, Tie.Target)
{
    public override DayInterval? Time => DayInterval.Of(Tie.Date);
}
