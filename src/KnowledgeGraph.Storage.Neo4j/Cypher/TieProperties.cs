using System.Globalization;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// A tie as the properties of its <c>TIE</c> relationship. The date is kept at its precision (<c>date</c>) and as
/// the first and last day it covers (<c>dateStart</c>, <c>dateEnd</c>, <c>YYYY-MM-DD</c>), which window filters compare.
/// </summary>
internal static class TieProperties
{
    /// <summary>Returns a tie with its relationship's properties and ends, as queries return them.</summary>
    public const string Projection = "t AS tie, startNode(t).id AS source, endNode(t).id AS target";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Dictionary<string, object?> Of(Tie tie) => new()
    {
        ["id"] = tie.Id,
        ["type"] = WireNames.Of(tie.Type),
        ["article"] = tie.Article,
        ["date"] = tie.Date.ToIsoString(),
        ["dateStart"] = tie.Date.IsUnknown ? null : Day(tie.Date.Start),
        ["dateEnd"] = tie.Date.IsUnknown ? null : Day(tie.Date.End),
        ["precision"] = WireNames.Of(tie.Date.Precision),
        ["location"] = tie.Location,
        ["evidence"] = tie.Evidence,
        ["note"] = tie.Note,
        ["retractedReason"] = tie.Retraction?.Reason,
        ["retractedBy"] = tie.Retraction?.By,
        ["retractedAt"] = tie.Retraction is { } retraction ? PropertyValues.Instant(retraction.At) : null,
    };

    /// <summary>A tie from a record holding <see cref="Projection"/>'s columns.</summary>
    public static Tie Read(IReadOnlyDictionary<string, object?> properties, string source, string target)
    {
        WireNames.TryParse(PropertyValues.String(properties, "type"), out TieType type);
        WireNames.TryParse(PropertyValues.String(properties, "precision"), out DatePrecision precision);
        var date = PartialDate.Unknown;
        if (precision != DatePrecision.Unknown)
        {
            PartialDate.TryParseIso(PropertyValues.String(properties, "date"), out date);
        }

        var reason = PropertyValues.OptionalString(properties, "retractedReason");
        return new Tie
        {
            Id = PropertyValues.String(properties, "id"),
            Type = type,
            Source = source,
            Target = target,
            Article = PropertyValues.String(properties, "article"),
            Date = date,
            Location = PropertyValues.OptionalString(properties, "location"),
            Evidence = PropertyValues.String(properties, "evidence"),
            Note = PropertyValues.OptionalString(properties, "note"),
            Retraction = reason is null ? null : new Retraction(reason, PropertyValues.String(properties, "retractedBy"),
                PropertyValues.ReadInstant(PropertyValues.String(properties, "retractedAt"))),
        };
    }

    public static Tie Read(Client.Neo4jRecord record) =>
        Read(PropertyValues.Map(record.GetValue("tie")), (string)record.GetValue("source")!, (string)record.GetValue("target")!);
}
