namespace KnowledgeGraph.Core.Export;

/// <summary>One problem with the parameters of an export request, naming the parameter at fault.</summary>
/// <param name="Parameter">The parameter's name as given, such as <c>depth</c>.</param>
/// <param name="Message">What is wrong and what is expected.</param>
public sealed record ExportParameterError(string Parameter, string Message)
{
    public override string ToString() => $"{Parameter}: {Message}";
}
