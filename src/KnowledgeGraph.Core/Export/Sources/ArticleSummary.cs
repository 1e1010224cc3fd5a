using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>What an export says about a source article: enough to cite it, not its text.</summary>
internal sealed record ArticleSummary(string Id, string? Title, string? Publisher, PartialDate PublishedAt)
{
    public static ArticleSummary Of(Article article) => new(article.Id, article.Title, article.Publisher, article.PublishedAt);
}
