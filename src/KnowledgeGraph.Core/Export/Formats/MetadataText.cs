using System.Text;
using KnowledgeGraph.Core.Export.Sources;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>The metadata as plain text, for formats whose only place for it is a description (GEXF).</summary>
internal static class MetadataText
{
    public static string Describe(ExportMetadata metadata)
    {
        var text = new StringBuilder();
        text.Append("KnowledgeGraph export of ").Append(metadata.Selection.Describe()).Append('.').Append('\n');
        text.Append("Selection parameters: ").Append(metadata.Selection.ToQueryString()).Append('\n');
        text.Append("Exported at: ").Append(ExportValues.Instant(metadata.ExportedAt)).Append('\n');
        text.Append("Counts: ").Append(metadata.NodeCount).Append(" nodes, ").Append(metadata.EdgeCount).Append(" edges, ")
            .Append(metadata.ReportCount).Append(" reports");
        if (metadata.Truncated)
        {
            text.Append(" (the neighbourhood was cut at its actor cap)");
        }

        text.Append('\n').Append("Source articles (").Append(metadata.Articles.Count).Append("):");
        foreach (var article in metadata.Articles)
        {
            text.Append('\n').Append("- ").Append(ExportValues.Citation(article));
        }

        return text.ToString();
    }
}
