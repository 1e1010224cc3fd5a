using KnowledgeGraph.Core.Export.Formats;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>How expected attribute values read in the XML formats: lists joined with " | ", text made XML-safe.</summary>
internal static class XmlSpelling
{
    public static Dictionary<string, object?> Of(IReadOnlyDictionary<string, object?> attributes) =>
        attributes.ToDictionary(p => p.Key, p => p.Value switch
        {
            string text => XmlText.Clean(text),
            IEnumerable<string> list => XmlText.Clean(string.Join(" | ", list)),
            var other => other,
        });
}
