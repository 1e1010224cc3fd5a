using System.Xml;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// GEXF 1.3, dynamic, for Gephi's timeline: <c>timeformat="date"</c>, each report edge present over the interval its
/// date denotes (<c>start</c>/<c>end</c>, inclusive days), each relation edge over <c>&lt;spells&gt;</c> (the union of
/// its dated reports' intervals: Gephi rejects overlapping spells), each node from its earliest to its latest dated
/// edge (<see cref="NodeSpan"/>). Undated edges, and nodes without a dated edge, carry no bounds. As in GraphML,
/// MET_WITH is marked by a <c>directed=false</c> attribute rather than <c>type="undirected"</c>, which networkx refuses
/// in a directed graph (UndirectedEdgeMarkingTests shows it). A whole graph of reports is read in a single pass over
/// the ties, which knows the counts, the cited articles and the node spans only at its end, all of which GEXF puts
/// before the first node; the nodes and edges are spilled to a temporary file meanwhile (<see cref="XmlSpill"/>), which
/// costs less than a second pass over the store and keeps memory flat.
/// </summary>
internal sealed partial class GexfWriter : IFormatWriter
{
    private const string Namespace = "http://gexf.net/1.3";

    private static readonly (string Id, string Type)[] NodeAttributes =
        [("kind", "string"), ("aliases", "string"), ("description", "string"), ("wikidata", "string")];

    private static readonly (string Id, string Type)[] ReportAttributes =
    [
        ("type", "string"), ("directed", "boolean"), ("date", "string"), ("datePrecision", "string"), ("dateStart", "string"),
        ("dateEnd", "string"), ("location", "string"), ("evidence", "string"), ("article", "string"), ("articleTitle", "string"), ("note", "string"),
    ];

    private static readonly (string Id, string Type)[] RelationAttributes =
    [
        ("type", "string"), ("directed", "boolean"), ("reportCount", "integer"), ("firstDate", "string"), ("lastDate", "string"),
        ("articles", "string"), ("reportIds", "string"),
    ];

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        if (source.MetadataKnownFirst)
        {
            await WriteDocumentAsync(source, output, spilled: null, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A single pass over the ties learns the counts, the cited articles and the node spans only at its end, and
        // all of them come before the first edge: the edges, then the nodes (with their spans), go to disk first.
        var edges = XmlSpill.Create("edges", Namespace);
        await using (edges.ConfigureAwait(false))
        {
            await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteEdge(edges.Xml, edge);
            }

            edges.Complete();
            var nodes = XmlSpill.Create("nodes", Namespace);
            await using (nodes.ConfigureAwait(false))
            {
                await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
                {
                    WriteNode(nodes.Xml, node);
                }

                nodes.Complete();
                await WriteDocumentAsync(source, output, (nodes, edges), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteDocumentAsync(ExportSource source, Stream output, (XmlSpill Nodes, XmlSpill Edges)? spilled,
        CancellationToken cancellationToken)
    {
        var metadata = source.Metadata;
        using var spool = new OutputSpool(output);
        using (var xml = XmlOutput.Create(spool))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("gexf", Namespace);
            // No xsi:schemaLocation: the GEXF RELAX NG grammar allows no attribute but version and variant here.
            xml.WriteAttributeString("version", "1.3");
            WriteMeta(xml, metadata);
            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("mode", "dynamic");
            xml.WriteAttributeString("defaultedgetype", "directed");
            xml.WriteAttributeString("timeformat", "date");
            Declare(xml, "node", NodeAttributes);
            Declare(xml, "edge", metadata.Selection.Edges == EdgeMode.Relations ? RelationAttributes : ReportAttributes);
            xml.WriteStartElement("nodes", Namespace);
            xml.WriteAttributeString("count", ExportValues.Number(metadata.NodeCount));
            if (spilled is { } fromDisk)
            {
                await CopyAsync(xml, spool, fromDisk.Nodes, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
                {
                    WriteNode(xml, node);
                    await spool.DrainIfFullAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            xml.WriteEndElement();
            xml.WriteStartElement("edges", Namespace);
            xml.WriteAttributeString("count", ExportValues.Number(metadata.EdgeCount));
            if (spilled is { } edgesOnDisk)
            {
                await CopyAsync(xml, spool, edgesOnDisk.Edges, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
                {
                    WriteEdge(xml, edge);
                    await spool.DrainIfFullAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        await spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    // An empty raw write ends the open start tag, so the copied elements land inside it, after the writer's bytes.
    private static async Task CopyAsync(XmlWriter xml, OutputSpool spool, XmlSpill spill, CancellationToken cancellationToken)
    {
        xml.WriteRaw("");
        xml.Flush();
        await spill.CopyToAsync(spool, cancellationToken).ConfigureAwait(false);
    }

    private static void WriteMeta(XmlWriter xml, ExportMetadata metadata)
    {
        xml.WriteStartElement("meta", Namespace);
        xml.WriteAttributeString("lastmodifieddate", ExportValues.Day(DateOnly.FromDateTime(metadata.ExportedAt.UtcDateTime)));
        xml.WriteElementString("creator", Namespace, "KnowledgeGraph");
        xml.WriteElementString("keywords", Namespace,
            $"KnowledgeGraph, {ExportValues.ScopeName(metadata.Selection.Scope)}, {ExportValues.EdgeModeName(metadata.Selection.Edges)}");
        xml.WriteElementString("description", Namespace, XmlText.Clean(MetadataText.Describe(metadata)));
        xml.WriteEndElement();
    }

    private static void Declare(XmlWriter xml, string forClass, (string Id, string Type)[] attributes)
    {
        xml.WriteStartElement("attributes", Namespace);
        xml.WriteAttributeString("class", forClass);
        xml.WriteAttributeString("mode", "static");
        foreach (var (id, type) in attributes)
        {
            xml.WriteStartElement("attribute", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("title", id);
            xml.WriteAttributeString("type", type);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteNode(XmlWriter xml, ExportNode node)
    {
        var actor = node.Actor;
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", actor.Id);
        xml.WriteAttributeString("label", XmlText.Token(actor.Name));
        Bounds(xml, node.Span);
        xml.WriteStartElement("attvalues", Namespace);
        Value(xml, "kind", WireNames.Of(actor.Kind));
        Value(xml, "aliases", ExportValues.Joined(actor.Aliases));
        Value(xml, "description", actor.Description);
        Value(xml, "wikidata", actor.Wikidata);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void Bounds(XmlWriter xml, DayInterval? interval)
    {
        if (interval is { } time)
        {
            xml.WriteAttributeString("start", ExportValues.Day(time.Start));
            xml.WriteAttributeString("end", ExportValues.Day(time.End));
        }
    }

    private static void Value(XmlWriter xml, string attribute, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("attvalue", Namespace);
        xml.WriteAttributeString("for", attribute);
        xml.WriteAttributeString("value", XmlText.Clean(value));
        xml.WriteEndElement();
    }
}
