using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>A stored graph for rule tests: plain dictionaries, with merged ids redirecting to kept actors.</summary>
internal sealed class InMemoryLookup : IGraphLookup
{
    public Dictionary<string, Actor> Actors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Article> Articles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Tie> Ties { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Redirects { get; } = new(StringComparer.Ordinal);

    public Actor? FindActor(string id) => Actors.GetValueOrDefault(Redirects.GetValueOrDefault(id, id));

    public bool IsMergedAway(string id) => Redirects.ContainsKey(id);

    public Article? FindArticle(string id) => Articles.GetValueOrDefault(id);

    public Tie? FindTie(string id) => Ties.GetValueOrDefault(id);
}
