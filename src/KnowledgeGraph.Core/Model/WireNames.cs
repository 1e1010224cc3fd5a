namespace KnowledgeGraph.Core.Model;

/// <summary>The names enums take in the import format, exports and the API: <c>AFFILIATED_WITH</c>, <c>PERSON</c>, <c>MONTH</c>.</summary>
public static class WireNames
{
    private static readonly string[] TieTypeNames = ["LEADS", "AFFILIATED_WITH", "MET_WITH", "ATTACKED"];
    private static readonly string[] KindNames = ["FACTION", "PERSON", "GOVERNMENT"];
    private static readonly string[] PrecisionNames = ["DAY", "MONTH", "YEAR", "UNKNOWN"];

    public static string Of(TieType type) => TieTypeNames[(int)type];

    public static string Of(ActorKind kind) => KindNames[(int)kind];

    public static string Of(DatePrecision precision) => PrecisionNames[(int)precision];

    public static bool TryParse(string? name, out TieType type) => TryFind(TieTypeNames, name, out type);

    public static bool TryParse(string? name, out ActorKind kind) => TryFind(KindNames, name, out kind);

    public static bool TryParse(string? name, out DatePrecision precision) => TryFind(PrecisionNames, name, out precision);

    public static IReadOnlyList<string> AllTieTypes => TieTypeNames;

    public static IReadOnlyList<string> AllKinds => KindNames;

    public static IReadOnlyList<string> AllPrecisions => PrecisionNames;

    private static bool TryFind<T>(string[] names, string? name, out T value)
        where T : struct, Enum
    {
        var index = name is null ? -1 : Array.IndexOf(names, name);
        value = index < 0 ? default : (T)(object)index;
        return index >= 0;
    }
}
