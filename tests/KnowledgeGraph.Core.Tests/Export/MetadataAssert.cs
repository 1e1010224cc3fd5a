using System.Text.Json;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Checks the metadata object of the JSON formats (Cytoscape's data, JGF's graph.metadata, the CSV bundle's metadata.json).</summary>
internal static class MetadataAssert
{
    public static void Describes(ExportScenario scenario, ExpectedExport expected, JsonElement metadata, string format)
    {
        Assert.Equal(format, metadata.GetProperty("format").GetString());
        Assert.Equal("2024-02-14T09:30:00.000Z", metadata.GetProperty("exportedAt").GetString());
        var selection = metadata.GetProperty("selection");
        Assert.Equal(scenario.Selection.Describe(), selection.GetProperty("description").GetString());
        Assert.Equal(scenario.Selection.ToQueryString(), selection.GetProperty("query").GetString());
        Assert.Equal(
            scenario.Selection.ToParameters().Select(p => $"{p.Key}={p.Value}"),
            selection.GetProperty("parameters").EnumerateObject().Select(p => $"{p.Name}={p.Value.GetString()}"));
        var counts = metadata.GetProperty("counts");
        Assert.Equal(expected.Actors.Count, counts.GetProperty("nodes").GetInt32());
        Assert.Equal(expected.EdgeCount, counts.GetProperty("edges").GetInt32());
        Assert.Equal(expected.Ties.Count, counts.GetProperty("reports").GetInt32());
        Assert.Equal(expected.Truncated, metadata.GetProperty("truncated").GetBoolean());
        var articles = metadata.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(expected.Articles.Keys.Order(StringComparer.Ordinal), articles.Select(a => a.GetProperty("id").GetString()));
        Assert.All(articles, a =>
        {
            var article = expected.Articles[a.GetProperty("id").GetString()!];
            Assert.Equal(article.Title, ReaderAssert.OptionalString(a, "title"));
            Assert.Equal(article.Publisher, ReaderAssert.OptionalString(a, "publisher"));
            Assert.Equal(article.PublishedAt.ToIsoString(), ReaderAssert.OptionalString(a, "publishedAt"));
        });
    }
}
