using System.Globalization;
using System.Text;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Benchmarks.Generation;

/// <summary>
/// A seeded graph with the shape the store meets in use: people, factions and governments with several spellings
/// each; ties whose ends follow a power law (a few hubs in thousands of reports, most actors in a handful); dates of
/// every precision, some unknown; short articles whose text holds the evidence of each tie they report.
/// </summary>
internal static class SyntheticGraph
{
    // Rank r of the popularity order draws with weight 1 / (r + Offset): a Zipf tail whose head is not one giant.
    private const double Offset = 20;

    public static GraphBatch Generate(int actorCount, int articleCount, int tieCount, int seed)
    {
        var random = new Random(seed);
        var names = new NameForge(random);
        var actors = new Actor[actorCount];
        for (var i = 0; i < actorCount; i++)
        {
            actors[i] = NewActor(i, random, names);
        }

        var popularity = Enumerable.Range(0, actorCount).OrderBy(_ => random.Next()).ToArray();
        var everyone = new WeightedSampler(Enumerable.Range(0, actorCount).ToList(), i => 1.0 / (popularity[i] + Offset));
        var people = new WeightedSampler(Enumerable.Range(0, actorCount).Where(i => actors[i].Kind == ActorKind.Person).ToList(), i => 1.0 / (popularity[i] + Offset));
        var texts = new StringBuilder?[articleCount];
        var ties = new Tie[tieCount];
        for (var i = 0; i < tieCount; i++)
        {
            var type = PickType(random);
            var source = type == TieType.Leads ? people.Next(random) : everyone.Next(random);
            var target = everyone.Next(random);
            while (target == source)
            {
                target = everyone.Next(random);
            }

            var article = random.Next(articleCount);
            var evidence = $"{actors[source].Name} {Verb(type)} {actors[target].Name} near {names.Place()} (dispatch {i})";
            (texts[article] ??= new StringBuilder($"Dispatch {article}.")).Append(' ').Append(evidence).Append('.');
            ties[i] = new Tie
            {
                Id = "t-" + random.NextInt64().ToString("x16", CultureInfo.InvariantCulture),
                Type = type,
                Source = actors[source].Id,
                Target = actors[target].Id,
                Article = ArticleId(article),
                Date = PickDate(random),
                Evidence = evidence,
            };
        }

        var articles = new Article[articleCount];
        for (var i = 0; i < articleCount; i++)
        {
            articles[i] = new Article { Id = ArticleId(i), Title = $"Dispatch {i}", PublishedAt = PickDate(random), Text = texts[i]?.ToString() ?? $"Dispatch {i}." };
            texts[i] = null;
        }

        return new GraphBatch { Articles = articles, Actors = actors, Ties = ties };
    }

    private static Actor NewActor(int index, Random random, NameForge names)
    {
        var roll = random.NextDouble();
        var (kind, name) = roll < 0.45 ? (ActorKind.Person, names.Person()) : roll < 0.8 ? (ActorKind.Faction, names.Faction()) : (ActorKind.Government, names.Government());
        var slug = Slug.FromName(name);
        var id = $"{slug[..Math.Min(slug.Length, 80)].TrimEnd('-')}-{index}";
        var aliases = names.Variants(name).Where(v => AliasNormalizer.Normalize(v).Length > 0).Prepend(name).ToList();
        return new Actor { Id = id, Kind = kind, Name = name, Aliases = aliases };
    }

    private static string ArticleId(int index) => $"dispatch-{index}";

    private static TieType PickType(Random random) => random.NextDouble() switch
    {
        < 0.10 => TieType.Leads,
        < 0.45 => TieType.AffiliatedWith,
        < 0.70 => TieType.MetWith,
        _ => TieType.Attacked,
    };

    private static string Verb(TieType type) => type switch
    {
        TieType.Leads => "leads",
        TieType.AffiliatedWith => "fights alongside",
        TieType.MetWith => "met",
        _ => "attacked",
    };

    // Days for most reports, months and years for some, no date for a fifth, over 2003-2024.
    private static PartialDate PickDate(Random random)
    {
        var year = random.Next(2003, 2025);
        return random.NextDouble() switch
        {
            < 0.45 => PartialDate.OfDay(year, random.Next(1, 13), random.Next(1, 29)),
            < 0.65 => PartialDate.OfMonth(year, random.Next(1, 13)),
            < 0.80 => PartialDate.OfYear(year),
            _ => PartialDate.Unknown,
        };
    }
}
