using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Benchmarks.Neo4j;

/// <summary>
/// A seeded synthetic graph: the same actors, articles and ties for the same size on every run. Each actor has
/// about <see cref="TiesPerActor"/> ties to random others, dated over 2019-2024, quoting one sentence of an article.
/// </summary>
internal static class GraphGenerator
{
    public const int TiesPerActor = 5;

    private const int SentencesPerArticle = 20;

    public static GraphBatch Generate(int actorCount, int seed = 42)
    {
        var random = new Random(seed);
        var articles = Enumerable.Range(0, Math.Max(1, actorCount / 20)).Select(i => new Article
        {
            Id = $"article-{i}",
            Title = $"Report {i}",
            Text = string.Join(" ", Enumerable.Range(0, SentencesPerArticle).Select(s => Sentence(i, s))),
        }).ToList();
        var kinds = new[] { ActorKind.Faction, ActorKind.Person, ActorKind.Government };
        var actors = Enumerable.Range(0, actorCount).Select(i => new Actor
        {
            Id = $"actor-{i}",
            Kind = kinds[i % kinds.Length],
            Name = $"{Syllables(random)} {Syllables(random)} {i}",
            Aliases = [$"{Syllables(random)} {i}"],
        }).ToList();
        var ties = new List<Tie>(actorCount * TiesPerActor);
        for (var i = 0; i < actorCount * TiesPerActor; i++)
        {
            var source = random.Next(actorCount);
            var target = (source + 1 + random.Next(actorCount - 1)) % actorCount;
            var article = random.Next(articles.Count);
            var type = actors[source].Kind == ActorKind.Person && random.Next(4) == 0 ? TieType.Leads : (TieType)(1 + random.Next(3));
            var date = PartialDate.OfDay(2019 + random.Next(6), 1 + random.Next(12), 1 + random.Next(28));
            ties.Add(TieIdentity.Canonical(new Tie
            {
                Id = $"t-{i}", Type = type, Source = actors[source].Id, Target = actors[target].Id, Article = articles[article].Id,
                Evidence = Sentence(article, random.Next(SentencesPerArticle)), Date = date,
            }));
        }

        return new GraphBatch { Articles = articles, Actors = actors, Ties = ties };
    }

    private static string Sentence(int article, int sentence) => $"Sentence {sentence} of report {article} names the actors.";

    private static string Syllables(Random random)
    {
        string[] parts = ["ka", "ta", "ib", "hez", "bol", "lah", "sa", "dr", "am", "ri", "un", "no"];
        return string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => parts[random.Next(parts.Length)]));
    }
}
