using System.Buffers;
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
        // A field given twice would be read as one of its copies, silently; a record has a dozen fields at most, so
        // the names seen so far are compared in a pooled array rather than a set per record.
        var seen = ArrayPool<string>.Shared.Rent(16);
        var count = 0;
        try
        {
            foreach (var property in element.EnumerateObject())
            {
                if (!TryText(property, out var name))
                {
                    // Every later lookup in this object would throw on that name: the record is reported and not read.
                    violations.Add(new(ViolationCodes.Invalid, path, $"a field name {HalfCharacter}"));
                    HasUnreadableName = true;
                    continue;
                }

                if (!known.Contains(name))
                {
                    violations.Add(new(ViolationCodes.Invalid, $"{path}.{name}",
                        $"is not a field of this record; expected one of {string.Join(", ", known.Order(StringComparer.Ordinal))}"));
                }
                else if (Array.IndexOf(seen, name, 0, count) >= 0)
                {
                    violations.Add(new(ViolationCodes.Invalid, $"{path}.{name}", "is given more than once; give each field once"));
                }
                else if (count < seen.Length)
                {
                    seen[count++] = name;
                }
            }
        }
        finally
        {
            Array.Clear(seen, 0, count);
            ArrayPool<string>.Shared.Return(seen);
        }
    }

    public string Path { get; }

    /// <summary>Whether a field name could not be read; the record's fields are then left unread (null).</summary>
    public bool HasUnreadableName { get; }

    public string? String(string name)
    {
        if (HasUnreadableName || !_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Fail(name, $"must be a string or null, not {Describe(value)}");
            return null;
        }

        if (TryText(value, out var text))
        {
            return text;
        }

        Fail(name, HalfCharacter);
        return null;
    }

    public IReadOnlyList<string> Strings(string name)
    {
        if (HasUnreadableName || !_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
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
            if (item.ValueKind == JsonValueKind.String && TryText(item, out var text))
            {
                list.Add(text);
            }
            else if (item.ValueKind == JsonValueKind.String)
            {
                _violations.Add(new(ViolationCodes.Invalid, $"{Path}.{name}[{i}]", HalfCharacter));
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
        if (HasUnreadableName || !_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
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

    private const string HalfCharacter = "escapes half of a character (an unpaired surrogate such as \\ud83d alone), which is no text";

    // System.Text.Json reads such an escape only to throw when the text is asked for; here it is a violation like any other.
    private static bool TryText(JsonElement value, out string text)
    {
        try
        {
            text = value.GetString() ?? "";
            return true;
        }
        catch (InvalidOperationException)
        {
            text = "";
            return false;
        }
    }

    private static bool TryText(JsonProperty property, out string name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = "";
            return false;
        }
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
}

/// <summary>The shape of <see cref="WireNames"/>' parsers, so one reader method serves every enum.</summary>
internal delegate bool TryParseWire<T>(string? name, out T value);
