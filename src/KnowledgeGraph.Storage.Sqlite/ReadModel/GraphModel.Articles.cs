using System.Runtime.InteropServices;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

internal sealed partial class GraphModel
{
    private readonly List<string?> _articleIds = [];
    private readonly List<List<int>> _articleTies = [];
    private readonly Dictionary<string, int> _articles = new(StringComparer.Ordinal);

    public int ArticleSlots => _articleIds.Count;

    public int ArticleCount => _articles.Count;

    /// <summary>The index of the article with <paramref name="id"/>; -1 when unknown.</summary>
    public int FindArticle(string id) => _articles.TryGetValue(id, out var article) ? article : -1;

    public string ArticleId(int article) => _articleIds[article] ?? throw new InvalidOperationException($"Article slot {article} is empty.");

    /// <summary>Every tie the article reported, retracted ones included.</summary>
    public ReadOnlySpan<int> TiesOfArticle(int article) => CollectionsMarshal.AsSpan(_articleTies[article]);

    public void AddArticle(int article, string id)
    {
        while (_articleIds.Count <= article)
        {
            _articleIds.Add(null);
            _articleTies.Add([]);
        }

        _articleIds[article] = id;
        _articles[id] = article;
    }
}
