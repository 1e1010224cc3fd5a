namespace KnowledgeGraph.Core.Rules;

/// <summary>One broken rule: a stable code, the path of the offending field (<c>$.ties[3].evidence</c>) and why.</summary>
public sealed record RuleViolation(string Code, string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message} ({Code})";
}
