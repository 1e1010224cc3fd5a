namespace KnowledgeGraph.Core.Export;

/// <summary>
/// A well-formed selection that names actors or articles the graph does not hold. Thrown before anything is
/// written, so a host can still answer with an error status.
/// </summary>
public sealed class ExportSelectionException : Exception
{
    public ExportSelectionException()
    {
        Parameter = "";
    }

    public ExportSelectionException(string message)
        : base(message)
    {
        Parameter = "";
    }

    public ExportSelectionException(string message, Exception innerException)
        : base(message, innerException)
    {
        Parameter = "";
    }

    public ExportSelectionException(string parameter, IReadOnlyCollection<string> unknownIds)
        : base($"{parameter}: no {Noun(parameter)} has the id {string.Join(", ", unknownIds.Select(id => $"\"{id}\""))}")
    {
        Parameter = parameter;
        UnknownIds = unknownIds;
    }

    /// <value>The parameter whose ids were not found (<c>actors</c> or <c>articles</c>).</value>
    public string Parameter { get; }

    /// <value>The ids the graph does not hold.</value>
    public IReadOnlyCollection<string> UnknownIds { get; } = [];

    private static string Noun(string parameter) => parameter == ExportSelection.ArticlesParameter ? "article" : "actor";
}
