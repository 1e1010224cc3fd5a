using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Core.Rules;

/// <summary>
/// The shape checks every record shares: ids, required text, lengths. A failing field is named as
/// the <c>field</c> of the record at the given path, or as the record itself when no field is given.
/// </summary>
internal static class FieldChecks
{
    public static void Id(string? value, RecordPath path, string? field, List<RuleViolation> violations)
    {
        if (string.IsNullOrEmpty(value))
        {
            violations.Add(new(ViolationCodes.Required, Spell(path, field), "an id is required"));
        }
        else if (!Slug.IsValid(value))
        {
            violations.Add(new(ViolationCodes.InvalidId, Spell(path, field),
                $"\"{Clip(value)}\" is not a valid id: use lowercase letters, digits and single hyphens, at most {Slug.MaxLength} characters"));
        }
    }

    public static void Required(string? value, int maxLength, RecordPath path, string? field, List<RuleViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(new(ViolationCodes.Required, Spell(path, field), "a non-blank value is required"));
            return;
        }

        Optional(value, maxLength, path, field, violations);
    }

    public static void Optional(string? value, int maxLength, RecordPath path, string? field, List<RuleViolation> violations)
    {
        if (value is not null && value.Length > maxLength)
        {
            violations.Add(new(ViolationCodes.TooLong, Spell(path, field), $"is {value.Length} characters long; the limit is {maxLength}"));
        }
    }

    public static string Spell(RecordPath path, string? field) => field is null ? path.ToString() : path.Field(field);

    /// <summary>Shortens a value quoted in a message so an over-long input cannot make an over-long error.</summary>
    public static string Clip(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
