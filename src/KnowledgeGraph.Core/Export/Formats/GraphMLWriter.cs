using System.Globalization;
using System.Xml;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// GraphML for networkx, igraph and yEd: typed keys for every node and edge attribute, edge ids, and the metadata as
/// graph data after the edges (GraphML takes data anywhere in a graph, and a single pass over the ties knows the counts
/// only at the end). The graph is directed; MET_WITH edges carry <c>directed=false</c> as a boolean attribute rather than as
/// GraphML's per-edge <c>directed="false"</c>, because networkx (2.8 and 3.x alike) refuses to read a graph that mixes
/// directed and undirected edges.
/// </summary>
internal sealed class GraphMLWriter : IFormatWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly GraphMLKey[] GraphKeys =
    [
        new("g.exportedAt", "graph", "exportedAt", "string"), new("g.selection", "graph", "selection", "string"),
        new("g.query", "graph", "selectionParameters", "string"), new("g.edges", "graph", "edgeMode", "string"),
        new("g.nodes", "graph", "nodeCount", "int"), new("g.edgeCount", "graph", "edgeCount", "int"),
        new("g.reports", "graph", "reportCount", "int"), new("g.truncated", "graph", "truncated", "boolean"),
        new("g.articles", "graph", "articles", "string"),
    ];

    private static readonly GraphMLKey[] NodeKeys =
    [
        new("n.label", "node", "label", "string"), new("n.kind", "node", "kind", "string"), new("n.name", "node", "name", "string"),
        new("n.aliases", "node", "aliases", "string"), new("n.description", "node", "description", "string"),
        new("n.wikidata", "node", "wikidata", "string"),
    ];

    private static readonly GraphMLKey[] ReportKeys =
    [
        new("e.type", "edge", "type", "string"), new("e.directed", "edge", "directed", "boolean"), new("e.date", "edge", "date", "string"),
        new("e.precision", "edge", "datePrecision", "string"), new("e.start", "edge", "dateStart", "string"),
        new("e.end", "edge", "dateEnd", "string"), new("e.location", "edge", "location", "string"),
        new("e.evidence", "edge", "evidence", "string"), new("e.article", "edge", "article", "string"),
        new("e.articleTitle", "edge", "articleTitle", "string"), new("e.note", "edge", "note", "string"),
    ];

    private static readonly GraphMLKey[] RelationKeys =
    [
        new("e.type", "edge", "type", "string"), new("e.directed", "edge", "directed", "boolean"), new("e.weight", "edge", "weight", "double"),
        new("e.reportCount", "edge", "reportCount", "int"), new("e.firstDate", "edge", "firstDate", "string"),
        new("e.lastDate", "edge", "lastDate", "string"), new("e.articles", "edge", "articles", "string"),
        new("e.reportIds", "edge", "reportIds", "string"),
    ];

    public async Task WriteAsync(ExportSource source, Stream output, CancellationToken cancellationToken)
    {
        var edges = source.Selection.Edges;
        using var spool = new OutputSpool(output);
        using (var xml = XmlOutput.Create(spool))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", Namespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XmlOutput.XsiNamespace);
            xml.WriteAttributeString("schemaLocation", XmlOutput.XsiNamespace, $"{Namespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            var edgeKeys = edges == EdgeMode.Relations ? RelationKeys : ReportKeys;
            foreach (var key in GraphKeys.Concat(NodeKeys).Concat(edgeKeys))
            {
                xml.WriteStartElement("key", Namespace);
                xml.WriteAttributeString("id", key.Id);
                xml.WriteAttributeString("for", key.For);
                xml.WriteAttributeString("attr.name", key.Name);
                xml.WriteAttributeString("attr.type", key.Type);
                xml.WriteEndElement();
            }

            xml.WriteStartElement("graph", Namespace);
            xml.WriteAttributeString("id", "knowledgegraph");
            xml.WriteAttributeString("edgedefault", "directed");
            await foreach (var node in source.NodesAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteNode(xml, node.Actor);
                await spool.DrainIfFullAsync(cancellationToken).ConfigureAwait(false);
            }

            await foreach (var edge in source.EdgesAsync(cancellationToken).ConfigureAwait(false))
            {
                WriteEdge(xml, edge);
                await spool.DrainIfFullAsync(cancellationToken).ConfigureAwait(false);
            }

            WriteGraphData(xml, source.Metadata);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        await spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void WriteGraphData(XmlWriter xml, ExportMetadata metadata)
    {
        Data(xml, "g.exportedAt", ExportValues.Instant(metadata.ExportedAt));
        Data(xml, "g.selection", metadata.Selection.Describe());
        Data(xml, "g.query", metadata.Selection.ToQueryString());
        Data(xml, "g.edges", ExportValues.EdgeModeName(metadata.Selection.Edges));
        Data(xml, "g.nodes", ExportValues.Number(metadata.NodeCount));
        Data(xml, "g.edgeCount", ExportValues.Number(metadata.EdgeCount));
        Data(xml, "g.reports", ExportValues.Number(metadata.ReportCount));
        Data(xml, "g.truncated", metadata.Truncated ? "true" : "false");
        Data(xml, "g.articles", MetadataJson.ArticlesText(metadata.Articles));
    }

    private static void WriteNode(XmlWriter xml, Actor actor)
    {
        xml.WriteStartElement("node", Namespace);
        xml.WriteAttributeString("id", actor.Id);
        Data(xml, "n.label", actor.Name);
        Data(xml, "n.kind", WireNames.Of(actor.Kind));
        Data(xml, "n.name", actor.Name);
        Data(xml, "n.aliases", ExportValues.Joined(actor.Aliases));
        Data(xml, "n.description", actor.Description);
        Data(xml, "n.wikidata", actor.Wikidata);
        xml.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter xml, ExportEdge edge)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", edge.Id);
        xml.WriteAttributeString("source", edge.Source);
        xml.WriteAttributeString("target", edge.Target);
        Data(xml, "e.type", WireNames.Of(edge.Type));
        Data(xml, "e.directed", edge.Directed ? "true" : "false");
        if (edge is ReportEdge report)
        {
            var tie = report.Tie;
            Data(xml, "e.date", tie.Date.ToIsoString());
            Data(xml, "e.precision", WireNames.Of(tie.Date.Precision));
            Data(xml, "e.start", tie.Date.IsUnknown ? null : ExportValues.Day(tie.Date.Start));
            Data(xml, "e.end", tie.Date.IsUnknown ? null : ExportValues.Day(tie.Date.End));
            Data(xml, "e.location", tie.Location);
            Data(xml, "e.evidence", tie.Evidence);
            Data(xml, "e.article", tie.Article);
            Data(xml, "e.articleTitle", report.Article?.Title);
            Data(xml, "e.note", tie.Note);
        }
        else if (edge is RelationEdge relation)
        {
            Data(xml, "e.weight", relation.ReportCount.ToString(CultureInfo.InvariantCulture));
            Data(xml, "e.reportCount", ExportValues.Number(relation.ReportCount));
            Data(xml, "e.firstDate", relation.FirstDate.ToIsoString());
            Data(xml, "e.lastDate", relation.LastDate.ToIsoString());
            Data(xml, "e.articles", ExportValues.Joined(relation.Articles));
            Data(xml, "e.reportIds", ExportValues.Joined(relation.ReportIds));
        }

        xml.WriteEndElement();
    }

    // A missing value is left out rather than written empty: GraphML readers then report no value at all.
    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(XmlText.Clean(value));
        xml.WriteEndElement();
    }

    private sealed record GraphMLKey(string Id, string For, string Name, string Type);
}
