using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>A merge as the properties of its <c>Merge</c> audit node; <c>seq</c> keeps the order merges happened in.</summary>
internal static class MergeProperties
{
    public static Dictionary<string, object?> Of(MergeRecord merge) => new()
    {
        ["kept"] = merge.KeptId,
        ["merged"] = merge.MergedId,
        ["by"] = merge.By,
        ["at"] = PropertyValues.Instant(merge.At),
        ["reason"] = merge.Reason,
    };

    public static MergeRecord Read(IReadOnlyDictionary<string, object?> properties) => new(
        PropertyValues.String(properties, "kept"),
        PropertyValues.String(properties, "merged"),
        PropertyValues.String(properties, "by"),
        PropertyValues.ReadInstant(PropertyValues.String(properties, "at")),
        PropertyValues.String(properties, "reason"));
}
