using System.Globalization;
using System.Xml;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Formats;

internal sealed partial class GexfWriter
{
    private static void WriteEdge(XmlWriter xml, ExportEdge edge)
    {
        xml.WriteStartElement("edge", Namespace);
        xml.WriteAttributeString("id", edge.Id);
        xml.WriteAttributeString("source", edge.Source);
        xml.WriteAttributeString("target", edge.Target);
        xml.WriteAttributeString("label", ExportValues.Label(edge));
        xml.WriteAttributeString("kind", ExportValues.Label(edge));
        if (edge is RelationEdge relation)
        {
            xml.WriteAttributeString("weight", relation.ReportCount.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            Bounds(xml, edge.Time);
        }

        xml.WriteStartElement("attvalues", Namespace);
        Value(xml, "type", WireNames.Of(edge.Type));
        Value(xml, "directed", edge.Directed ? "true" : "false");
        if (edge is ReportEdge report)
        {
            var tie = report.Tie;
            Value(xml, "date", tie.Date.ToIsoString());
            Value(xml, "datePrecision", WireNames.Of(tie.Date.Precision));
            Value(xml, "dateStart", tie.Date.IsUnknown ? null : ExportValues.Day(tie.Date.Start));
            Value(xml, "dateEnd", tie.Date.IsUnknown ? null : ExportValues.Day(tie.Date.End));
            Value(xml, "location", tie.Location);
            Value(xml, "evidence", tie.Evidence);
            Value(xml, "article", tie.Article);
            Value(xml, "articleTitle", report.Article?.Title);
            Value(xml, "note", tie.Note);
        }
        else if (edge is RelationEdge folded)
        {
            Value(xml, "reportCount", ExportValues.Number(folded.ReportCount));
            Value(xml, "firstDate", folded.FirstDate.ToIsoString());
            Value(xml, "lastDate", folded.LastDate.ToIsoString());
            Value(xml, "articles", ExportValues.Joined(folded.Articles));
            Value(xml, "reportIds", ExportValues.Joined(folded.ReportIds));
        }

        xml.WriteEndElement();
        if (edge is RelationEdge { Spells.Count: > 0 } timed)
        {
            xml.WriteStartElement("spells", Namespace);
            foreach (var spell in timed.Spells)
            {
                xml.WriteStartElement("spell", Namespace);
                Bounds(xml, spell);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
