using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>The metadata object the JSON formats (Cytoscape, JGF, the CSV bundle's metadata.json) carry.</summary>
internal static class MetadataJson
{
    public static void Write(Utf8JsonWriter json, ExportMetadata metadata, string format)
    {
        json.WriteString("format", format);
        json.WriteString("exportedAt", ExportValues.Instant(metadata.ExportedAt));
        json.WriteStartObject("selection");
        json.WriteString("description", metadata.Selection.Describe());
        json.WriteString("scope", ExportValues.ScopeName(metadata.Selection.Scope));
        json.WriteString("query", metadata.Selection.ToQueryString());
        json.WriteStartObject("parameters");
        foreach (var (name, value) in metadata.Selection.ToParameters())
        {
            json.WriteString(name, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("edges", ExportValues.EdgeModeName(metadata.Selection.Edges));
        json.WriteStartObject("counts");
        json.WriteNumber("nodes", metadata.NodeCount);
        json.WriteNumber("edges", metadata.EdgeCount);
        json.WriteNumber("reports", metadata.ReportCount);
        json.WriteEndObject();
        json.WriteBoolean("truncated", metadata.Truncated);
        json.WritePropertyName("articles");
        WriteArticles(json, metadata.Articles);
    }

    /// <summary>The cited articles as a JSON array in a string, for the XML formats' metadata.</summary>
    public static string ArticlesText(IReadOnlyList<ArticleSummary> articles)
    {
        using var buffer = new MemoryStream();
        using (var json = JsonOutput.CreateWriter(buffer))
        {
            WriteArticles(json, articles);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteArticles(Utf8JsonWriter json, IReadOnlyList<ArticleSummary> articles)
    {
        json.WriteStartArray();
        foreach (var article in articles)
        {
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            json.WriteString("title", article.Title);
            json.WriteString("publisher", article.Publisher);
            json.WriteString("publishedAt", article.PublishedAt.ToIsoString());
            json.WriteString("publishedPrecision", WireNames.Of(article.PublishedAt.Precision));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Writes the metadata as a document of its own (the CSV bundle's metadata.json).</summary>
    public static async Task WriteDocumentAsync(Stream output, ExportMetadata metadata, string format, CancellationToken cancellationToken)
    {
        await using var json = JsonOutput.CreateWriter(output, indented: true);
        json.WriteStartObject();
        Write(json, metadata, format);
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
