using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// Cytoscape.js elements JSON: <c>{ "elements": { "nodes": [...], "edges": [...] }, "data": {metadata} }</c>, loadable
/// with <c>cytoscape({ elements })</c> and by Cytoscape desktop; the metadata comes last, once a single pass over the
/// ties has counted them. Nodes keep the actor id; Cytoscape puts nodes and
/// edges in one id space, and actor and tie ids are both slugs, so a report edge's id is <c>tie:</c> + the tie id.
/// </summary>
internal sealed class CytoscapeWriter : IFormatWriter
{
    public const string FormatName = "knowledgegraph-cytoscape/1";

    public static string EdgeIdOf(ExportEdge edge) => edge is ReportEdge ? "tie:" + edge.Id : edge.Id;

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        await using var json = JsonOutput.CreateWriter(output);
        json.WriteStartObject();
        json.WriteStartObject("elements");
        json.WriteStartArray("nodes");
        await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteStartObject("data");
            json.WriteString("id", node.Actor.Id);
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
