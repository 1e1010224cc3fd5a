using System.Text.Json;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// The import format (graph-schema/README.md). The whole graph goes through <see cref="GraphDocumentWriter"/>, retracted
/// ties and merges included; a neighbourhood or an articles export writes the same format restricted to the
/// selection (its live ties, the actors they link, the cited articles with their text inline, no merges), so it
/// imports into an empty store as it stands.
/// </summary>
internal sealed class ImportFormatExporter : IStoreExporter
{
    public async Task WriteAsync(IGraphStore store, ExportSelection selection, Stream output, DateTimeOffset exportedAt, CancellationToken cancellationToken)
    {
        if (selection.Edges == EdgeMode.Relations)
        {
            throw new ArgumentException("the import format holds reports, not relations: use edges=reports", nameof(selection));
        }

        if (selection.Scope == ExportScope.WholeGraph)
        {
            await GraphDocumentWriter.WriteAsync(store, output, exportedAt, cancellationToken).ConfigureAwait(false);
            return;
        }

        var subgraph = await SubgraphSource.ReadAsync(store, selection, exportedAt, cancellationToken).ConfigureAwait(false);
        await using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        WriteMeta(json, subgraph);
        json.WriteStartArray("articles");
        foreach (var article in subgraph.Articles)
        {
            GraphDocumentWriter.WriteArticle(json, article);
            await JsonOutput.FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("actors");
        foreach (var actor in subgraph.Actors)
        {
            GraphDocumentWriter.WriteActor(json, actor);
        }

        json.WriteEndArray();
        json.WriteStartArray("ties");
        foreach (var tie in subgraph.Ties)
        {
            GraphDocumentWriter.WriteTie(json, tie);
            await JsonOutput.FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("merges");
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteMeta(Utf8JsonWriter json, SubgraphSource subgraph)
    {
        var metadata = subgraph.Metadata;
        json.WriteStartObject("meta");
        json.WriteString("format", GraphDocumentWriter.FormatName);
        json.WriteString("exportedAt", ExportValues.Instant(metadata.ExportedAt));
        json.WriteStartObject("selection");
        json.WriteString("scope", metadata.Selection.Describe() + "; live ties only, no merges");
        json.WriteString("query", metadata.Selection.ToQueryString());
        json.WriteBoolean("truncated", metadata.Truncated);
        json.WriteEndObject();
        json.WriteStartObject("counts");
        json.WriteNumber("articles", subgraph.Articles.Count);
        json.WriteNumber("actors", subgraph.Actors.Count);
        json.WriteNumber("ties", subgraph.Ties.Count);
        json.WriteNumber("retractedTies", 0);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
