using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// Writes the whole graph in the import format, streaming row by row so memory stays flat whatever the graph's
/// size. Importing the output into an empty store gives an equal graph: retracted ties and merges come along.
/// The articles, actors, ties and merges are read one after another, not from one snapshot, so a write landing
/// between two passes could leave a tie citing an article or actor the document lacks, or a merge of an actor it
/// lists as live, and the file would not import; those rows, newer than the pass they depend on, are left out
/// (only the ids written are kept for this, a few bytes per article and actor).
/// </summary>
public static class GraphDocumentWriter
{
    /// <summary>The value of <c>meta.format</c>, so readers can tell what they hold.</summary>
    public const string FormatName = "knowledgegraph-import/1";

    public static async Task WriteAsync(IGraphStore store, Stream output, DateTimeOffset exportedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var counts = await store.GetCountsAsync(cancellationToken).ConfigureAwait(false);
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        WriteMeta(json, counts, exportedAt);

        var articles = new HashSet<string>(StringComparer.Ordinal);
        var actors = new HashSet<string>(StringComparer.Ordinal);
        json.WriteStartArray("articles");
        await foreach (var article in ReadAhead.Of(store.StreamArticlesAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article.Id);
            WriteArticle(json, article);
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("actors");
        await foreach (var actor in ReadAhead.Of(store.StreamActorsAsync(cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            actors.Add(actor.Id);
            WriteActor(json, actor);
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("ties");
        await foreach (var tie in ReadAhead.Of(store.StreamTiesAsync(TieFilter.None with { IncludeRetracted = true }, cancellationToken), cancellationToken).ConfigureAwait(false))
        {
            if (!articles.Contains(tie.Article) || !actors.Contains(tie.Source) || !actors.Contains(tie.Target))
            {
                continue;
            }

            WriteTie(json, tie);
            await FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("merges");
        await foreach (var merge in store.StreamMergesAsync(cancellationToken).ConfigureAwait(false))
        {
            if (actors.Contains(merge.MergedId))
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteString("kept", merge.KeptId);
            json.WriteString("merged", merge.MergedId);
            json.WriteString("by", merge.By);
            json.WriteString("at", Instant(merge.At));
            json.WriteString("reason", merge.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteMeta(Utf8JsonWriter json, GraphCounts counts, DateTimeOffset exportedAt)
    {
        json.WriteStartObject("meta");
        json.WriteString("format", FormatName);
        json.WriteString("exportedAt", Instant(exportedAt));
        json.WriteStartObject("selection");
        json.WriteString("scope", "whole graph, retracted ties and merges included");
        json.WriteEndObject();
        json.WriteStartObject("counts");
        json.WriteNumber("articles", counts.Articles);
        json.WriteNumber("actors", counts.ActorsByKind.Values.Sum());
        json.WriteNumber("ties", counts.TiesByType.Values.Sum());
        json.WriteNumber("retractedTies", counts.RetractedTies);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    internal static void WriteArticle(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject();
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("publisher", article.Publisher);
        json.WriteString("url", article.Url);
        json.WriteString("publishedAt", article.PublishedAt.ToIsoString());
        json.WriteString("publishedPrecision", WireNames.Of(article.PublishedAt.Precision));
        json.WriteString("note", article.Note);
        json.WriteString("text", article.Text);
        json.WriteEndObject();
    }

    internal static void WriteActor(Utf8JsonWriter json, Actor actor)
    {
        json.WriteStartObject();
        json.WriteString("id", actor.Id);
        json.WriteString("kind", WireNames.Of(actor.Kind));
        json.WriteString("name", actor.Name);
        json.WriteStartArray("aliases");
        foreach (var alias in actor.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteString("description", actor.Description);
        json.WriteString("wikidata", actor.Wikidata);
        json.WriteEndObject();
    }

    internal static void WriteTie(Utf8JsonWriter json, Tie tie)
    {
        json.WriteStartObject();
        json.WriteString("id", tie.Id);
        json.WriteString("type", WireNames.Of(tie.Type));
        json.WriteString("source", tie.Source);
        json.WriteString("target", tie.Target);
        json.WriteString("article", tie.Article);
        json.WriteString("date", tie.Date.ToIsoString());
        json.WriteString("datePrecision", WireNames.Of(tie.Date.Precision));
        json.WriteString("location", tie.Location);
        json.WriteString("evidence", tie.Evidence);
        json.WriteString("note", tie.Note);
        if (tie.Retraction is { } retraction)
        {
            json.WriteStartObject("retraction");
            json.WriteString("reason", retraction.Reason);
            json.WriteString("by", retraction.By);
            json.WriteString("at", Instant(retraction.At));
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    // Keep the writer's buffer small: a million ties must not pile up in memory before reaching the stream.
    private static async ValueTask FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken)
    {
        if (json.BytesPending > 32 * 1024)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
