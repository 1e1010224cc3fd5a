namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// The "did you mean" machinery of graphql-js: <c>suggestionList</c> ranks candidate names by
/// Damerau-Levenshtein distance (case changes count as one edit) and <c>didYouMean</c> phrases them.
/// </summary>
internal static class SuggestionList
{
    private const int MaxSuggestions = 5;

    /// <summary>The options close enough to <paramref name="input"/>, nearest first, ties in natural order.</summary>
    public static IReadOnlyList<string> Suggest(string input, IEnumerable<string> options)
    {
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var measure = new LexicalDistance(input);
        foreach (var option in options)
        {
            var distance = measure.Measure(option, threshold);
            if (distance is { } d)
            {
                distances[option] = d;
            }
        }

        var result = distances.Keys.ToList();
        result.Sort((a, b) =>
        {
            var diff = distances[a] - distances[b];
            return diff != 0 ? diff : NaturalCompare(a, b);
        });
        return result;
    }

    /// <summary>Phrases suggestions as graphql-js does: <c> Did you mean "A", "B", or "C"?</c>, or empty.</summary>
    public static string DidYouMean(IReadOnlyList<string> suggestions, string? subMessage = null)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = " Did you mean " + (subMessage is null ? string.Empty : subMessage + " ");
        var quoted = suggestions.Take(MaxSuggestions).Select(s => "\"" + s + "\"").ToList();
        return quoted.Count switch
        {
            1 => message + quoted[0] + "?",
            2 => message + quoted[0] + " or " + quoted[1] + "?",
            _ => message + string.Join(", ", quoted.Take(quoted.Count - 1)) + ", or " + quoted[^1] + "?",
        };
    }

    /// <summary>graphql-js's <c>naturalCompare</c>: digit runs compare by numeric value.</summary>
    public static int NaturalCompare(string a, string b)
    {
        var ai = 0;
        var bi = 0;
        while (ai < a.Length && bi < b.Length)
        {
            var ac = a[ai];
            var bc = b[bi];
            if (char.IsAsciiDigit(ac) && char.IsAsciiDigit(bc))
            {
                long aNum = 0;
                do
                {
                    aNum = (aNum * 10) + (a[ai] - '0');
                    ai++;
                }
                while (ai < a.Length && char.IsAsciiDigit(a[ai]) && aNum > 0);

                long bNum = 0;
                do
                {
                    bNum = (bNum * 10) + (b[bi] - '0');
                    bi++;
                }
                while (bi < b.Length && char.IsAsciiDigit(b[bi]) && bNum > 0);

                if (aNum != bNum)
                {
                    return aNum < bNum ? -1 : 1;
                }
            }
            else
            {
                if (ac != bc)
                {
                    return ac < bc ? -1 : 1;
                }

                ai++;
                bi++;
            }
        }

        return a.Length - b.Length;
    }

    private sealed class LexicalDistance(string input)
    {
        private readonly string _inputLowerCase = input.ToLowerInvariant();

        public int? Measure(string option, int threshold)
        {
            if (string.Equals(input, option, StringComparison.Ordinal))
            {
                return 0;
            }

            var optionLowerCase = option.ToLowerInvariant();
            if (string.Equals(_inputLowerCase, optionLowerCase, StringComparison.Ordinal))
            {
                return 1;
            }

            var a = optionLowerCase;
            var b = _inputLowerCase;
            if (a.Length < b.Length)
            {
                (a, b) = (b, a);
            }

            if (a.Length - b.Length > threshold)
            {
                return null;
            }

            var rows = new int[3][];
            for (var r = 0; r < 3; r++)
            {
                rows[r] = new int[b.Length + 1];
            }

            for (var j = 0; j <= b.Length; j++)
            {
                rows[0][j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                var upRow = rows[(i - 1) % 3];
                var currentRow = rows[i % 3];
                var smallestCell = currentRow[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                    }

                    smallestCell = Math.Min(smallestCell, currentCell);
                    currentRow[j] = currentCell;
                }

                if (smallestCell > threshold)
                {
                    return null;
                }
            }

            var distance = rows[a.Length % 3][b.Length];
            return distance <= threshold ? distance : null;
        }
    }
}
