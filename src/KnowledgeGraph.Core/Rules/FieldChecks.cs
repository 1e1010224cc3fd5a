using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Core.Rules;

/// <summary>The shape checks every record shares: ids, required text, lengths.</summary>
internal static class FieldChecks
{
    public static void Id(string? value, string path, List<RuleViolation> violations)
    {
        if (string.IsNullOrEmpty(value))
        {
            violations.Add(new(ViolationCodes.Required, path, "an id is required"));
        }
        else if (!Slug.IsValid(value))
        {
            violations.Add(new(ViolationCodes.InvalidId, path,
                $"\"{Clip(value)}\" is not a valid id: use lowercase letters, digits and single hyphens, at most {Slug.MaxLength} characters"));
        }
    }

    public static void Required(string? value, int maxLength, string path, List<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(new(ViolationCodes.Required, path, "a non-blank value is required"));
            return;
        }

        Optional(value, maxLength, path, violations);
    }

    public static void Optional(string? value, int maxLength, string path, List<RuleViolation> violations)
    {
        if (value is not null && value.Length > maxLength)
        {
            violations.Add(new(ViolationCodes.TooLong, path, $"is {value.Length} characters long; the limit is {maxLength}"));
        }
    }

    /// <summary>Shortens a value quoted in a message so an over-long input cannot make an over-long error.</summary>
    public static string Clip(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
