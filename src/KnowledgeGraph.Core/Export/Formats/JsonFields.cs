using System.Text.Json;
using KnowledgeGraph.Core.Export.Sources;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>The attributes of actors and edges as JSON properties, shared by the Cytoscape and JGF writers.</summary>
internal static class JsonFields
{
    public static void WriteActor(Utf8JsonWriter json, Actor actor)
    {
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
    }

    /// <summary>The type, direction and either the report's or the relation's fields.</summary>
    public static void WriteEdge(Utf8JsonWriter json, ExportEdge edge)
    {
        json.WriteString("type", WireNames.Of(edge.Type));
        json.WriteBoolean("directed", edge.Directed);
        if (edge is ReportEdge report)
        {
            var tie = report.Tie;
            json.WriteString("date", tie.Date.ToIsoString());
            json.WriteString("datePrecision", WireNames.Of(tie.Date.Precision));
            json.WriteString("dateStart", tie.Date.IsUnknown ? null : ExportValues.Day(tie.Date.Start));
            json.WriteString("dateEnd", tie.Date.IsUnknown ? null : ExportValues.Day(tie.Date.End));
            json.WriteString("location", tie.Location);
            json.WriteString("evidence", tie.Evidence);
            json.WriteString("article", tie.Article);
            json.WriteString("articleTitle", report.Article?.Title);
            json.WriteString("note", tie.Note);
        }
        else if (edge is RelationEdge relation)
        {
            json.WriteNumber("weight", relation.ReportCount);
            json.WriteNumber("reportCount", relation.ReportCount);
            json.WriteString("firstDate", relation.FirstDate.ToIsoString());
            json.WriteString("lastDate", relation.LastDate.ToIsoString());
            Strings(json, "articles", relation.Articles);
            Strings(json, "reportIds", relation.ReportIds);
        }
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
