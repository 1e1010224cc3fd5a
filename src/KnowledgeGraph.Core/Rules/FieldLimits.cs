namespace KnowledgeGraph.Core.Rules;

/// <summary>
/// The longest value each field accepts. Generous for real reporting, small enough that one bad row cannot bloat
/// the store or a response.
/// </summary>
public static class FieldLimits
{
    public const int Name = 200;
    public const int Alias = 200;
    public const int AliasCount = 200;
    public const int Description = 2_000;
    public const int Title = 500;
    public const int Publisher = 200;
    public const int Url = 2_000;
    public const int Note = 2_000;
    public const int ArticleText = 2_000_000;
    public const int Evidence = 2_000;
    public const int Location = 200;
    public const int Reason = 1_000;
    public const int Principal = 200;
}
