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
        else if (value is not null && UnpairedSurrogateAt(value) is var at and >= 0)
        {
            violations.Add(new(ViolationCodes.Invalid, Spell(path, field),
                $"holds half of a character at position {at} (an unpaired UTF-16 surrogate, \\u{(int)value[at]:X4}); send whole characters"));
        }
    }

    /// <summary>
    /// The index of the first UTF-16 surrogate without its partner, or -1. Such text is no character at all: an
    /// evidence made of the first half of an emoji is an ordinal substring of the article but quotes nothing in it,
    /// and JSON writers replace it with U+FFFD.
    /// </summary>
    public static int UnpairedSurrogateAt(string value)
    {
        var i = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        while (i >= 0 && i < value.Length)
        {
            if (!char.IsHighSurrogate(value[i]) || i + 1 == value.Length || !char.IsLowSurrogate(value[i + 1]))
            {
                return i;
            }

            var next = value.AsSpan(i + 2).IndexOfAnyInRange('\uD800', '\uDFFF');
            i = next < 0 ? -1 : i + 2 + next;
        }

        return -1;
    }

    public static string Spell(RecordPath path, string? field) => field is null ? path.ToString() : path.Field(field);

    /// <summary>Shortens a value quoted in a message so an over-long input cannot make an over-long error.</summary>
    public static string Clip(string value) => value.Length <= 60 ? value : value[..57] + "...";
}
