using System.Text;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>
/// Builds small graphs for store tests. Every tie gets an article whose text contains its evidence (one article per
/// tie unless one is named), so every batch it builds passes the rules unless a test breaks one on purpose.
/// </summary>
public sealed class GraphBuilder
{
    private readonly List<Actor> _actors = [];
    private readonly List<(string Id, PartialDate PublishedAt, StringBuilder Text)> _articles = [];
    private readonly List<Tie> _ties = [];
    private readonly List<MergeRecord> _merges = [];

    public IReadOnlyList<Tie> Ties => _ties;

    public Actor Faction(string name, params string[] aliases) => AddActor(ActorKind.Faction, name, aliases);

    public Actor Person(string name, params string[] aliases) => AddActor(ActorKind.Person, name, aliases);

    public Actor Government(string name, params string[] aliases) => AddActor(ActorKind.Government, name, aliases);

    /// <summary>An article with no text yet; ties naming it add their evidence to it.</summary>
    public string Article(string? id = null, PartialDate? publishedAt = null)
    {
        id ??= $"article-{_articles.Count + 1}";
        _articles.Add((id, publishedAt ?? PartialDate.Unknown, new StringBuilder($"Report {id}.")));
        return id;
    }

    public Tie Tie(TieType type, Actor source, Actor target, PartialDate? date = null, string? article = null, string? id = null)
    {
        var number = _ties.Count + 1;
        article ??= Article();
        var evidence = $"{source.Name} {Verb(type)} {target.Name} (account {number})";
        _articles.Single(a => a.Id == article).Text.Append(' ').Append(evidence).Append('.');
        var tie = new Tie
        {
            Id = id ?? $"t-{number}",
            Type = type,
            Source = source.Id,
            Target = target.Id,
            Article = article,
            Date = date ?? PartialDate.Unknown,
            Evidence = evidence,
        };
        _ties.Add(tie);
        return tie;
    }

    public Tie Attacked(Actor source, Actor target, PartialDate? date = null, string? article = null) => Tie(TieType.Attacked, source, target, date, article);

    public Tie MetWith(Actor source, Actor target, PartialDate? date = null, string? article = null) => Tie(TieType.MetWith, source, target, date, article);

    public Tie Leads(Actor source, Actor target, PartialDate? date = null, string? article = null) => Tie(TieType.Leads, source, target, date, article);

    public Tie AffiliatedWith(Actor source, Actor target, PartialDate? date = null, string? article = null) => Tie(TieType.AffiliatedWith, source, target, date, article);

    /// <summary>Records a past merge for the batch to carry.</summary>
    public void Merge(MergeRecord record) => _merges.Add(record);

    /// <summary>Replaces a tie already built, for tests that need it retracted or otherwise changed.</summary>
    public Tie Replace(Tie tie, Tie with)
    {
        _ties[_ties.IndexOf(tie)] = with;
        return with;
    }

    public GraphBatch Build() => new()
    {
        Articles = _articles.ConvertAll(a => new Article { Id = a.Id, PublishedAt = a.PublishedAt, Title = $"Title of {a.Id}", Text = a.Text.ToString() }),
        Actors = [.. _actors],
        Ties = [.. _ties],
        Merges = [.. _merges],
    };

    public Task<ImportResult> SeedAsync(IGraphStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.ImportAsync(Build());
    }

    private Actor AddActor(ActorKind kind, string name, string[] aliases)
    {
        var actor = new Actor { Id = Slug.FromName(name), Kind = kind, Name = name, Aliases = [name, .. aliases] };
        _actors.Add(actor);
        return actor;
    }

    private static string Verb(TieType type) => type switch
    {
        TieType.Leads => "leads",
        TieType.AffiliatedWith => "is affiliated with",
        TieType.MetWith => "met",
        _ => "attacked",
    };
}
