namespace KnowledgeGraph.Core.Model;

/// <summary>How much of a date a source actually states.</summary>
public enum DatePrecision
{
    /// <summary>A calendar day, <c>YYYY-MM-DD</c>.</summary>
    Day,

    /// <summary>A whole month, <c>YYYY-MM</c>.</summary>
    Month,

    /// <summary>A whole year, <c>YYYY</c>.</summary>
    Year,

    /// <summary>The source gives no date.</summary>
    Unknown,
}
