using System.Globalization;

namespace KnowledgeGraph.Benchmarks;

/// <summary>The <c>--name value</c> pairs every benchmark mode reads its knobs from.</summary>
internal static class OptionPairs
{
    /// <summary>
    /// Folds the pairs into <paramref name="start"/>; <paramref name="apply"/> returns null for a name it does not
    /// know, which stops the run with the names it does (<paramref name="expected"/>).
    /// </summary>
    public static T Parse<T>(IReadOnlyList<string> args, T start, Func<T, string, string, T?> apply, string expected)
        where T : class
    {
        var options = start;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = apply(options, args[i], value) ?? throw new ArgumentException($"unknown option {args[i]}; expected {expected}");
        }

        return options;
    }

    public static int Number(string text) => int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
}
