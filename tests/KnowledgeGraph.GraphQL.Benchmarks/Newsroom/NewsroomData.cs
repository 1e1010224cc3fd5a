using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

/// <summary>
/// Writes the newsroom data set as JSON, the same every time for a seed: actors with exactly
/// <see cref="TiesPerActor"/> ties each, and articles that report them. Both the benchmark's node side and
/// <see cref="NewsroomGraph"/> read this JSON, so every engine serves the same data.
/// </summary>
internal static class NewsroomData
{
    public const int TiesPerActor = 10;

    private static readonly string[] Kinds = ["PARTY", "ARMED_GROUP", "STATE", "PERSON"];
    private static readonly string[] TieTypes = ["ALLY", "RIVAL", "MEMBER_OF", "FUNDS", "ARMS"];
    private static readonly string[] Publishers = ["The Ledger", "Daily Courier", "Le Monde diplomatique", "Al-Manar Review", "Kyiv Post"];
    private static readonly string[] Languages = ["en", "fr", "ar", "uk", "es"];
    private static readonly string[] Words = ["front", "council", "militia", "accord", "ceasefire", "coalition", "brigade", "ministry", "talks", "border", "élection", "Δήμος"];

    public static string Generate(int actorCount = 100, int articleCount = 500, int seed = 1)
    {
        var random = new Random(seed);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("actors");
            for (var a = 0; a < actorCount; a++)
            {
                WriteActor(writer, random, a, actorCount, articleCount);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("articles");
            for (var i = 0; i < articleCount; i++)
            {
                WriteArticle(writer, random, i);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Phrase(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)]));

    private static string Date(Random random) =>
        new DateOnly(1950, 1, 1).AddDays(random.Next(27000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteActor(Utf8JsonWriter writer, Random random, int index, int actorCount, int articleCount)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"actor-{index}");
        writer.WriteString("name", $"{Phrase(random, 2)} {index}");
        writer.WriteString("kind", Kinds[random.Next(Kinds.Length)]);
        writer.WriteStartArray("aliases");
        for (var i = random.Next(4); i > 0; i--)
        {
            writer.WriteStringValue(Phrase(random, 1).ToUpperInvariant());
        }

        writer.WriteEndArray();
        if (random.Next(4) > 0)
        {
            writer.WriteString("founded", Date(random));
        }

        writer.WriteString("website", random.Next(2) == 0 ? $"https://actor-{index}.example.org" : null);
        writer.WriteStartArray("links");
        writer.WriteStringValue($"https://wiki.example.org/actor-{index}");
        writer.WriteEndArray();
        writer.WriteStartArray("ties");
        for (var t = 0; t < TiesPerActor; t++)
        {
            writer.WriteStartObject();
            writer.WriteString("id", $"tie-{index}-{t}");
            writer.WriteString("type", TieTypes[random.Next(TieTypes.Length)]);
            writer.WriteString("date", random.Next(5) == 0 ? null : Date(random));
            writer.WriteString("evidence", $"Reported as {Phrase(random, 6)}.");
            writer.WriteNumber("confidence", Math.Round(random.NextDouble(), 2));
            writer.WriteString("articleId", random.Next(10) == 0 ? null : $"article-{random.Next(articleCount)}");
            writer.WriteString("targetId", $"actor-{(index + 1 + random.Next(actorCount - 1)) % actorCount}");
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter writer, Random random, int index)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"article-{index}");
        writer.WriteString("title", $"{Phrase(random, 5)} ({index})");
        writer.WriteString("publisher", Publishers[random.Next(Publishers.Length)]);
        writer.WriteString("url", $"https://news.example.org/{index}");
        writer.WriteString("publishedOn", Date(random));
        writer.WriteString("language", Languages[random.Next(Languages.Length)]);
        writer.WriteNumber("wordCount", 200 + random.Next(3000));
        writer.WriteString("summary", random.Next(3) == 0 ? null : Phrase(random, 12));
        writer.WriteString("byline", random.Next(2) == 0 ? null : $"Correspondent {random.Next(40)}");
        writer.WriteBoolean("paywalled", random.Next(3) == 0);
        writer.WriteEndObject();
    }
}
