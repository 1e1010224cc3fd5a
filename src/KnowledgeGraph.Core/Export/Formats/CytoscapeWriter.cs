using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// Cytoscape.js elements JSON: <c>{ "directed": true, "multigraph": true, "elements": { "nodes": [...], "edges": [...] }, "data": {metadata} }</c>, loadable
/// with <c>cytoscape({ elements })</c> and by Cytoscape desktop; the metadata comes last, once a single pass over the
/// ties has counted them. Nodes keep the actor id; Cytoscape puts nodes and
/// edges in one id space, and actor and tie ids are both slugs, so a report edge's id is <c>tie:</c> + the tie id.
/// networkx's <c>cytoscape_graph</c> reads the same file: it builds an undirected simple graph unless the document says
/// <c>directed</c> and <c>multigraph</c>, takes each node from its <c>value</c>, and keys parallel edges by their
/// <c>key</c> (0 for all of them when there is none, which folds every report of a pair into one edge), so the document
/// says both and each element carries its id in those fields too; Cytoscape.js ignores them.
/// </summary>
internal sealed class CytoscapeWriter : IFormatWriter
{
    public const string FormatName = "knowledgegraph-cytoscape/1";

    public static string EdgeIdOf(ExportEdge edge) => edge is ReportEdge ? "tie:" + edge.Id : edge.Id;

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        await using var json = JsonOutput.CreateWriter(output);
        json.WriteStartObject();
        json.WriteBoolean("directed", true);
        json.WriteBoolean("multigraph", true);
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Actor.Id);
            json.WriteString("value", node.Actor.Id);
            json.WriteString("label", node.Actor.Name);
            JsonFields.WriteActor(json, node.Actor);
            json.WriteEndObject();
            json.WriteEndObject();
            await JsonOutput.FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartArray("edges");
        await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", EdgeIdOf(edge));
            json.WriteString("key", EdgeIdOf(edge));
            json.WriteString("source", edge.Source);
            json.WriteString("target", edge.Target);
            json.WriteString("label", ExportValues.Label(edge));
            JsonFields.WriteEdge(json, edge);
            json.WriteEndObject();
            json.WriteEndObject();
            await JsonOutput.FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteStartObject("data");
        MetadataJson.Write(json, source.Metadata, FormatName);
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
