using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Import;

/// <summary>
/// Reads the fields of one JSON object of the import format, recording a violation with the field's path for
/// anything of the wrong type and for any property the format does not define (a typo must not pass silently).
/// </summary>
internal readonly struct JsonRecord
{
    private readonly JsonElement _element;
    private readonly List<RuleViolation> _violations;

    public JsonRecord(JsonElement element, string path, IReadOnlySet<string> known, List<RuleViolation> violations)
    {
        _element = element;
        Path = path;
        _violations = violations;
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                violations.Add(new(ViolationCodes.Invalid, $"{path}.{property.Name}",
                    $"is not a field of this record; expected one of {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
            }
        }
    }

    public string Path { get; }

    public string? String(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return Text(value, $"{Path}.{name}");
        }

        Fail(name, $"must be a string or null, not {Describe(value)}");
        return null;
    }

    public IReadOnlyList<string> Strings(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Fail(name, $"must be an array of strings, not {Describe(value)}");
            return [];
        }

        var list = new List<string>(value.GetArrayLength());
        var i = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                if (Text(item, $"{Path}.{name}[{i}]") is { } text)
                {
                    list.Add(text);
                }
            }
            else
            {
                _violations.Add(new(ViolationCodes.Invalid, $"{Path}.{name}[{i}]", $"must be a string, not {Describe(item)}"));
            }

            i++;
        }

        return list;
    }

    public JsonElement? Object(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }

        Fail(name, $"must be an object or null, not {Describe(value)}");
        return null;
    }

    public T Enum<T>(string name, TryParseWire<T> parse, IReadOnlyList<string> allowed, T fallback)
    {
        var text = String(name);
        if (text is null)
        {
            Fail(name, $"is required: one of {string.Join(", ", allowed)}");
            return fallback;
        }

        if (parse(text, out var value))
        {
            return value;
        }

        Fail(name, $"\"{FieldChecks.Clip(text)}\" is not one of {string.Join(", ", allowed)}");
        return fallback;
    }

    /// <summary>
    /// Reads a date and its precision. The precision may be left out, in which case the date's shape gives it
    /// (and a missing date means UNKNOWN); when both are given they must agree.
    /// </summary>
    public PartialDate Date(string dateName, string precisionName)
    {
        var text = String(dateName);
        var precisionText = String(precisionName);
        DatePrecision precision;
        if (precisionText is null)
        {
            if (text is null)
            {
                return PartialDate.Unknown;
            }

            if (PartialDate.TryParseIso(text, out var inferred))
            {
                return inferred;
            }

            Fail(dateName, $"\"{FieldChecks.Clip(text)}\" is not an ISO-8601 date (YYYY, YYYY-MM or YYYY-MM-DD)", ViolationCodes.InvalidDate);
            return PartialDate.Unknown;
        }

        if (!WireNames.TryParse(precisionText, out precision))
        {
            Fail(precisionName, $"\"{FieldChecks.Clip(precisionText)}\" is not one of {string.Join(", ", WireNames.AllPrecisions)}", ViolationCodes.InvalidDate);
            return PartialDate.Unknown;
        }

        if (PartialDate.TryParse(text, precision, out var date, out var error))
        {
            return date;
        }

        Fail(dateName, error, ViolationCodes.InvalidDate);
        return PartialDate.Unknown;
    }

    public void Fail(string name, string message, string code = ViolationCodes.Invalid) =>
        _violations.Add(new(code, $"{Path}.{name}", message));

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    // JSON may escape half of a surrogate pair (\uD800), which is no text at all; System.Text.Json throws on reading it.
    private string? Text(JsonElement value, string path)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            _violations.Add(new(ViolationCodes.Invalid, path, "is not valid text: it escapes an unpaired surrogate (half of a \\uD83D\\uDE00-style pair)"));
            return null;
        }
    }
}

/// <summary>The shape of <see cref="WireNames"/>' parsers, so one reader method serves every enum.</summary>
internal delegate bool TryParseWire<T>(string? name, out T value);
