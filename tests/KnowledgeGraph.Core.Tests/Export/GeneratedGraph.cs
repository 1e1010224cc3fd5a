using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// A graph of a few thousand ties built to stress the exporters: every tie type and date precision, relations
/// reported many times with overlapping dates, names and evidence in several scripts with quotes, commas, tabs,
/// emoji, LF and CRLF line breaks, one control character, isolated actors and a few retracted ties. The same seed
/// always gives the same graph.
/// </summary>
internal static class GeneratedGraph
{
    /// <summary>The tie whose evidence holds a control character (U+0007), which XML cannot carry.</summary>
    public const string ControlCharacterTie = "t00017";

    private const int ControlCharacterIndex = 17;

    private static readonly string[] Names =
    [
        "Kataʾib Ḥizballāh", "حركة النجباء", "Асаиб Ахль аль-Хакк", "Brigade \"Al-Quds\", West", "Front 🔥 Liberation",
        "Ñandú & Sons <Militia>", "O'Neill's Group", "Ministry of Interior", "Abu Fadak al-Mohammedawi",
    ];

    private static readonly string[] Places = ["Ain al-Asad, Anbar", "Baghdad", "Erbil \"airport\"", "جرف الصخر", "Al-Tanf"];

    public static GraphBatch Create(int actorCount = 300, int articleCount = 60, int tieCount = 3000, int seed = 7)
    {
        var random = new Random(seed);
        var actors = Enumerable.Range(0, actorCount).Select(MakeActor).ToList();
        var persons = actors.Where(a => a.Kind == ActorKind.Person).ToList();
        var bodies = actors.Where(a => a.Kind != ActorKind.Person).ToList();
        var linked = actors.Take(actorCount * 9 / 10).ToList();
        var triples = new List<(TieType Type, string Source, string Target)>();
        var ties = new List<Tie>(tieCount);
        for (var k = 0; k < tieCount; k++)
        {
            var triple = triples.Count > 0 && random.NextDouble() < 0.35
                ? triples[random.Next(triples.Count)]
                : NewTriple(random, linked, persons, bodies);
            triples.Add(triple);
            ties.Add(new Tie
            {
                Id = $"t{k:D5}",
                Type = triple.Type,
                Source = triple.Source,
                Target = triple.Target,
                Article = $"article-{random.Next(articleCount):D3}",
                Date = MakeDate(random, k),
                Location = k % 5 == 0 ? Places[k % Places.Length] : null,
                Evidence = MakeEvidence(k),
                Note = k % 7 == 0 ? $"Date inferred from \"last week\",\r\nsee the article's note ({k})." : null,
                Retraction = k % 500 == 3 ? new Retraction("duplicate of an earlier report", "tester", new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)) : null,
            });
        }

        var articles = Enumerable.Range(0, articleCount).Select(j => MakeArticle(j, ties)).ToList();
        return new GraphBatch { Articles = articles, Actors = actors, Ties = ties };
    }

    private static Actor MakeActor(int i)
    {
        var kind = (ActorKind)(i % 3);
        var name = $"{Names[i % Names.Length]} {i}";
        return new Actor
        {
            Id = $"actor-{i:D4}",
            Kind = kind,
            Name = name,
            Aliases = i % 4 == 0 ? [name, $"Alias, \"{i}\"", $"الاسم {i}"] : [name],
            Description = i % 3 == 0 ? $"Formed in {2000 + (i % 20)}; its \"armed wing\"\nis reported separately." : null,
            Wikidata = i % 5 == 0 ? $"Q{1000 + i}" : null,
        };
    }

    private static (TieType Type, string Source, string Target) NewTriple(Random random, List<Actor> linked, List<Actor> persons, List<Actor> bodies)
    {
        var type = (TieType)random.Next(4);
        if (type == TieType.Leads)
        {
            return (type, persons[random.Next(persons.Count)].Id, bodies[random.Next(bodies.Count)].Id);
        }

        var source = linked[random.Next(linked.Count)];
        Actor target;
        do
        {
            target = linked[random.Next(linked.Count)];
        }
        while (target.Id == source.Id);

        return (type, source.Id, target.Id);
    }

    // Precisions cycle so each appears often; repeated relations get dates that overlap (a day inside a month).
    private static PartialDate MakeDate(Random random, int k)
    {
        var year = 2019 + random.Next(6);
        var month = 1 + random.Next(12);
        return (k % 4) switch
        {
            0 => PartialDate.OfDay(year, month, 1 + random.Next(28)),
            1 => PartialDate.OfMonth(year, month),
            2 => PartialDate.OfYear(year),
            _ => PartialDate.Unknown,
        };
    }

    private static string MakeEvidence(int k)
    {
        if (k == ControlCharacterIndex)
        {
            return $"A stray bell\u0007 in report {k}.";
        }

        return (k % 8) switch
        {
            0 => $"Militants said, \"we struck at dawn\" near the base ({k}).",
            1 => $"Line one of report {k}\nline two, after a break.",
            2 => $"A Windows line {k}\r\nand the next one.",
            3 => $"Tabbed\tfield {k}, with a comma",
            4 => $"هجوم على القاعدة رقم {k}",
            5 => $"Emoji 🚀 launch {k}; 'single' and \"double\" quotes",
            6 => $" padded evidence {k} ",
            _ => $"Plain report number {k}.",
        };
    }

    private static Article MakeArticle(int j, List<Tie> ties)
    {
        var evidence = ties.Where(t => t.Article == $"article-{j:D3}").Select(t => t.Evidence).ToList();
        return new Article
        {
            Id = $"article-{j:D3}",
            Title = j % 6 == 0 ? null : $"Report {j}: \"Strikes\", raids & talks",
            Publisher = j % 4 == 0 ? null : $"Publisher {j % 5}",
            PublishedAt = (j % 3) switch
            {
                0 => PartialDate.OfDay(2024, 1 + (j % 12), 1 + (j % 28)),
                1 => PartialDate.OfMonth(2023, 1 + (j % 12)),
                _ => PartialDate.Unknown,
            },
            Text = evidence.Count == 0 ? "No ties are reported here." : string.Join("\n\n", evidence),
        };
    }
}
