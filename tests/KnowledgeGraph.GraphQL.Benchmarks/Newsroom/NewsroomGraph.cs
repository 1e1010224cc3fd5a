using System.Text.Json;

namespace KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

/// <summary>The newsroom data in memory as C# objects, linked by id as the node side links its plain objects.</summary>
internal sealed class NewsroomGraph
{
    private NewsroomGraph(List<Actor> actors, List<Article> articles, Dictionary<string, object> nodes)
    {
        Actors = actors;
        Articles = articles;
        Nodes = nodes;
    }

    public IReadOnlyList<Actor> Actors { get; }

    public IReadOnlyList<Article> Articles { get; }

    /// <summary>Actors, ties and articles by id.</summary>
    public IReadOnlyDictionary<string, object> Nodes { get; }

    public static NewsroomGraph Load(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var articles = root.GetProperty("articles").EnumerateArray().Select(ReadArticle).ToList();
        var nodes = articles.ToDictionary(a => a.Id, a => (object)a, StringComparer.Ordinal);
        var actors = root.GetProperty("actors").EnumerateArray().Select(ReadActor).ToList();
        foreach (var actor in actors)
        {
            nodes.Add(actor.Id, actor);
        }

        foreach (var (actor, element) in actors.Zip(root.GetProperty("actors").EnumerateArray()))
        {
            foreach (var tie in element.GetProperty("ties").EnumerateArray())
            {
                var linked = new Tie
                {
                    Id = tie.GetProperty("id").GetString()!,
                    Type = tie.GetProperty("type").GetString()!,
                    Date = tie.GetProperty("date").GetString(),
                    Evidence = tie.GetProperty("evidence").GetString(),
                    Confidence = tie.GetProperty("confidence").GetDouble(),
                    Article = tie.GetProperty("articleId").GetString() is { } articleId ? (Article)nodes[articleId] : null,
                    Source = actor,
                    Target = (Actor)nodes[tie.GetProperty("targetId").GetString()!],
                };
                actor.Ties.Add(linked);
                nodes.Add(linked.Id, linked);
            }
        }

        return new NewsroomGraph(actors, articles, nodes);
    }

    private static Actor ReadActor(JsonElement actor) => new()
    {
        Id = actor.GetProperty("id").GetString()!,
        Name = actor.GetProperty("name").GetString()!,
        Kind = actor.GetProperty("kind").GetString()!,
        Aliases = [.. actor.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)],
        Founded = actor.TryGetProperty("founded", out var founded) ? founded.GetString() : null,
        Website = actor.GetProperty("website").GetString(),
        Links = [.. actor.GetProperty("links").EnumerateArray().Select(l => l.GetString()!)],
    };

    private static Article ReadArticle(JsonElement article) => new()
    {
        Id = article.GetProperty("id").GetString()!,
        Title = article.GetProperty("title").GetString()!,
        Publisher = article.GetProperty("publisher").GetString()!,
        Url = article.GetProperty("url").GetString()!,
        PublishedOn = article.GetProperty("publishedOn").GetString(),
        Language = article.GetProperty("language").GetString()!,
        WordCount = article.GetProperty("wordCount").GetInt32(),
        Summary = article.GetProperty("summary").GetString(),
        Byline = article.GetProperty("byline").GetString(),
        Paywalled = article.GetProperty("paywalled").GetBoolean(),
    };
}
