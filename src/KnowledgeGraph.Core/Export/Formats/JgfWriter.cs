using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// JSON Graph Format v2 (jsongraphformat.info/v2.0): one <c>graph</c> with nodes keyed by actor id, an edge array whose
/// <c>relation</c> is the tie type and whose <c>directed</c> is false for MET_WITH, and the metadata in
/// <c>graph.metadata</c>, written last. Every attribute lives in a <c>metadata</c> object, the one place the schema leaves open.
/// </summary>
internal sealed class JgfWriter : IFormatWriter
{
    public const string FormatName = "knowledgegraph-jgf/2";

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        await using var json = JsonOutput.CreateWriter(output);
        json.WriteStartObject();
        json.WriteStartObject("graph");
        json.WriteString("id", "knowledgegraph");
        json.WriteString("label", "KnowledgeGraph export of " + source.Selection.Describe());
        json.WriteBoolean("directed", true);
        json.WriteString("type", "knowledgegraph");
        json.WriteStartObject("nodes");
        await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject(node.Actor.Id);
            json.WriteString("label", node.Actor.Name);
            json.WriteStartObject("metadata");
            JsonFields.WriteActor(json, node.Actor);
            json.WriteEndObject();
            json.WriteEndObject();
            await JsonOutput.FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndObject();
        json.WriteStartArray("edges");
        await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteString("id", edge.Id);
            json.WriteString("source", edge.Source);
            json.WriteString("target", edge.Target);
            json.WriteString("relation", ExportValues.Label(edge));
            json.WriteBoolean("directed", edge.Directed);
            json.WriteString("label", ExportValues.Label(edge));
            json.WriteStartObject("metadata");
            JsonFields.WriteEdge(json, edge);
            json.WriteEndObject();
            json.WriteEndObject();
            await JsonOutput.FlushIfFullAsync(json, cancellationToken).ConfigureAwait(false);
        }

        json.WriteEndArray();
        json.WriteStartObject("metadata");
        MetadataJson.Write(json, source.Metadata, FormatName);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
