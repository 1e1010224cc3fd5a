namespace KnowledgeGraph.Core.Rules;

/// <summary>A write broke one or more domain rules; nothing was written.</summary>
public sealed class GraphRuleException : Exception
{
    public GraphRuleException(IReadOnlyList<RuleViolation> violations)
        : base(Describe(violations))
    {
        Violations = violations;
    }

    public GraphRuleException(RuleViolation violation)
        : this([violation])
    {
    }

    public GraphRuleException()
        : this([])
    {
    }

    public GraphRuleException(string message)
        : this([new RuleViolation(ViolationCodes.Invalid, "$", message)])
    {
    }

    public GraphRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Violations = [new RuleViolation(ViolationCodes.Invalid, "$", message)];
    }

    public IReadOnlyList<RuleViolation> Violations { get; }

    private static string Describe(IReadOnlyList<RuleViolation> violations) => violations.Count switch
    {
        0 => "The write broke a domain rule.",
        1 => violations[0].ToString(),
        _ => $"{violations.Count} problems: " + string.Join("; ", violations),
    };
}
