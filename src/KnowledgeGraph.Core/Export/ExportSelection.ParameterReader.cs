using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Core.Export;

public sealed partial record ExportSelection
{
    /// <summary>Reads typed values, recording one problem per bad parameter.</summary>
    private readonly struct ParameterReader(IReadOnlyDictionary<string, string?> parameters, List<ExportParameterError> problems)
    {
        public string[]? Ids(string name, string noun, int max)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            var ids = new List<string>();
            foreach (var part in text.Split(','))
            {
                var id = part.Trim();
                if (!Slug.IsValid(id))
                {
                    problems.Add(new(name, id.Length == 0
                        ? $"has an empty {noun} id; separate ids with single commas"
                        : $"\"{Clip(id)}\" is not an {noun} id (lowercase letters, digits and single hyphens)"));
                }
                else if (!ids.Contains(id))
                {
                    ids.Add(id);
                }
            }

            if (ids.Count > max)
            {
                problems.Add(new(name, $"names {ids.Count} {noun}s; at most {max} are accepted"));
            }

            return [.. ids];
        }

        public int? Integer(string name, int min, int max)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            problems.Add(new(name, $"must be a whole number from {min} to {max}, not \"{Clip(text)}\""));
            return null;
        }

        public TieType[]? TieTypes(string name)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            var types = new List<TieType>();
            foreach (var part in text.Split(','))
            {
                var typeName = part.Trim();
                if (!WireNames.TryParse(typeName.ToUpperInvariant(), out TieType type))
                {
                    problems.Add(new(name, $"\"{Clip(typeName)}\" is not a tie type; expected {string.Join(", ", WireNames.AllTieTypes)}"));
                }
                else if (!types.Contains(type))
                {
                    types.Add(type);
                }
            }

            return [.. types];
        }

        public PartialDate? Date(string name)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            if (PartialDate.TryParseIso(text, out var date))
            {
                return date;
            }

            problems.Add(new(name, $"\"{Clip(text)}\" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"));
            return null;
        }

        public bool? Boolean(string name) => Choice(name, ["true", "false"], [true, false]);

        public EdgeMode? EdgeMode(string name) => Choice(name, ["reports", "relations"], [Export.EdgeMode.Reports, Export.EdgeMode.Relations]);

        private T? Choice<T>(string name, string[] words, T[] values)
            where T : struct
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            var index = Array.FindIndex(words, w => string.Equals(w, text, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                return values[index];
            }

            problems.Add(new(name, $"must be {string.Join(" or ", words)}, not \"{Clip(text)}\""));
            return null;
        }

        private string? Text(string name)
        {
            if (!parameters.TryGetValue(name, out var text))
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add(new(name, "needs a value"));
                return null;
            }

            return text.Trim();
        }

        private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "...";
    }
}
