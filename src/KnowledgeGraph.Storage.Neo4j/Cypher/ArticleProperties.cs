using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>An article as the properties of its <c>Article</c> node; the publication date is kept at its precision.</summary>
internal static class ArticleProperties
{
    public static Dictionary<string, object?> Of(Article article) => new()
    {
        ["id"] = article.Id,
        ["title"] = article.Title,
        ["publisher"] = article.Publisher,
        ["url"] = article.Url,
        ["published"] = article.PublishedAt.ToIsoString(),
        ["publishedPrecision"] = WireNames.Of(article.PublishedAt.Precision),
        ["note"] = article.Note,
        ["text"] = article.Text,
    };

    public static Article Read(IReadOnlyDictionary<string, object?> properties) =>
        ReadMetadata(properties).WithText(PropertyValues.String(properties, "text"));

    /// <summary>An article's metadata from its node's properties, the text not needed.</summary>
    public static ArticleMetadata ReadMetadata(IReadOnlyDictionary<string, object?> properties)
    {
        PartialDate.TryParseIso(PropertyValues.OptionalString(properties, "published"), out var published);
        return new ArticleMetadata
        {
            Id = PropertyValues.String(properties, "id"),
            Title = PropertyValues.OptionalString(properties, "title"),
            Publisher = PropertyValues.OptionalString(properties, "publisher"),
            Url = PropertyValues.OptionalString(properties, "url"),
            PublishedAt = published,
            Note = PropertyValues.OptionalString(properties, "note"),
        };
    }
}
