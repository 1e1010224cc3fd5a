namespace KnowledgeGraph.Core.Model;

/// <summary>
/// An <see cref="Article"/> without its text: what a list of reports shows (title, outlet, date) costs a fraction
/// of reading whole articles, whose texts run to pages.
/// </summary>
public sealed record ArticleMetadata
{
    public required string Id { get; init; }

    /// <value>Null when the source gives no title.</value>
    public string? Title { get; init; }

    /// <value>Null when the outlet is not named.</value>
    public string? Publisher { get; init; }

    /// <value>A URL or another reference to where the text came from.</value>
    public string? Url { get; init; }

    public PartialDate PublishedAt { get; init; } = PartialDate.Unknown;

    /// <value>How any unknown or inferred field was decided.</value>
    public string? Note { get; init; }

    /// <summary>The metadata of a whole article.</summary>
    public static ArticleMetadata Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ArticleMetadata
        {
            Id = article.Id,
            Title = article.Title,
            Publisher = article.Publisher,
            Url = article.Url,
            PublishedAt = article.PublishedAt,
            Note = article.Note,
        };
    }

    /// <summary>The whole article: this metadata with its text.</summary>
    public Article WithText(string text) => new()
    {
        Id = Id,
        Title = Title,
        Publisher = Publisher,
        Url = Url,
        PublishedAt = PublishedAt,
        Note = Note,
        Text = text,
    };
}
