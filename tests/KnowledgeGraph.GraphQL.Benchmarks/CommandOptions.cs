using System.Globalization;

namespace KnowledgeGraph.GraphQL.Benchmarks;

/// <summary>The <c>--name value</c> options of a command, each named and checked.</summary>
internal sealed class CommandOptions
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    private CommandOptions()
    {
    }

    /// <summary>Reads <paramref name="arguments"/>, accepting only the <paramref name="known"/> option names.</summary>
    /// <exception cref="ArgumentException">An unknown option, or one without a value.</exception>
    public static CommandOptions Parse(IReadOnlyList<string> arguments, params string[] known)
    {
        var options = new CommandOptions();
        for (var i = 0; i < arguments.Count; i += 2)
        {
            var name = arguments[i];
            if (!known.Contains(name))
            {
                throw new ArgumentException($"Unknown option {name}; the options are {string.Join(", ", known)}.");
            }

            if (i + 1 >= arguments.Count)
            {
                throw new ArgumentException($"Option {name} needs a value.");
            }

            options.values[name] = arguments[i + 1];
        }

        return options;
    }

    /// <exception cref="ArgumentException">The value is not a whole number of at least <paramref name="minimum"/>.</exception>
    public int Int(string name, int defaultValue, int minimum = 0)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new ArgumentException($"Option {name} must be a whole number of at least {minimum}, got \"{text}\".");
    }

    public bool Has(string name) => values.ContainsKey(name);
}
