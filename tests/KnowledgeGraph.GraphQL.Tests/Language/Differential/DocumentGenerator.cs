namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>
/// Writes random, grammatically valid GraphQL documents from a fixed seed: tokens chosen production by
/// production, then joined with random ignored text (spaces, commas, tabs, line breaks, comments).
/// </summary>
public sealed partial class DocumentGenerator(int seed)
{
    private static readonly string[] Names = ["a", "b", "id", "name", "node", "user", "on", "query", "type", "true", "null", "_x", "A1", "f__b", "extend", "schema"];
    private static readonly string[] Ints = ["0", "-0", "7", "123", "-45", "9007199254740993"];
    private static readonly string[] Floats = ["1.5", "-0.0e10", "3E-2", "6.02e+23", "0.000", "-1e0"];
    private static readonly string[] StringPieces = ["abc", " ", "\\n", "\\\"", "\\\\", "\\u00e9", "\\u{1F600}", "\\uD83D\\uDE00", "é", "😀", "\\t", "'", "\\/", "\\u0007", "\\b", "\\f", "\\r"];
    private static readonly string[] BlockPieces = ["text", "  ", "\"", "\\\"\"\"", "\\", "\t", "more words", "é", "\"\""];
    private static readonly string[] Separators = [" ", " ", " ", ",", "\n", "\t", "\r\n", "\n  ", " # comment\n", "\uFEFF"];

    private readonly Random random = new(seed);
    private readonly List<string> tokens = [];

    /// <summary>A new document: executable, type system, or both.</summary>
    public string NextDocument()
    {
        tokens.Clear();
        var definitions = random.Next(1, 4);
        var kind = random.Next(3);
        for (var i = 0; i < definitions; i++)
        {
            if (kind == 0 || (kind == 2 && Chance(2)))
            {
                ExecutableDefinition();
            }
            else
            {
                TypeSystemDefinition();
            }
        }

        return Join();
    }

    private string Join()
    {
        var text = new System.Text.StringBuilder();
        foreach (var token in tokens)
        {
            if (text.Length > 0 || Chance(8))
            {
                text.Append(Pick(Separators));
            }

            text.Append(token);
        }

        return text.ToString();
    }

    private bool Chance(int oneIn) => random.Next(oneIn) == 0;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private void Emit(params string[] parts) => tokens.AddRange(parts);

    private string Name() => Pick(Names);

    private string NameExcept(params string[] excluded)
    {
        string name;
        do
        {
            name = Name();
        }
        while (excluded.Contains(name));
        return name;
    }

    private void Value(bool isConst, int depth)
    {
        switch (random.Next(depth > 0 ? 11 : 9))
        {
            case 0 when !isConst:
                Emit("$", Name());
                break;
            case 0 or 1:
                Emit(Pick(Ints));
                break;
            case 2:
                Emit(Pick(Floats));
                break;
            case 3 or 4:
                Emit(QuotedString());
                break;
            case 5:
                Emit(BlockString());
                break;
            case 6:
                Emit(Chance(2) ? "true" : "false");
                break;
            case 7:
                Emit("null");
                break;
            case 8:
                Emit(NameExcept("true", "false", "null"));
                break;
            case 9:
                Emit("[");
                Repeat(0, 3, () => Value(isConst, depth - 1));
                Emit("]");
                break;
            default:
                Emit("{");
                Repeat(0, 3, () =>
                {
                    Emit(Name(), ":");
                    Value(isConst, depth - 1);
                });
                Emit("}");
                break;
        }
    }

    private string QuotedString()
    {
        var text = string.Concat(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Pick(StringPieces)));
        return "\"" + text + "\"";
    }

    private string BlockString()
    {
        var lines = Enumerable.Range(0, random.Next(1, 5))
            .Select(_ => new string(' ', random.Next(0, 5)) + string.Concat(Enumerable.Range(0, random.Next(0, 3)).Select(_ => Pick(BlockPieces))));
        var text = string.Join(Chance(4) ? "\r\n" : "\n", lines).Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);

        // A quote right before the closing quotes would close the string early; a backslash would escape them.
        return "\"\"\"" + text + (text.EndsWith('"') || text.EndsWith('\\') ? " " : string.Empty) + "\"\"\"";
    }

    private void Type(int depth)
    {
        if (depth > 0 && Chance(3))
        {
            Emit("[");
            Type(depth - 1);
            Emit("]");
        }
        else
        {
            Emit(Name());
        }

        if (Chance(2))
        {
            Emit("!");
        }
    }

    private void Directives(bool isConst)
    {
        Repeat(0, 2, () =>
        {
            Emit("@", Name());
            if (Chance(2))
            {
                Arguments(isConst);
            }
        });
    }

    private void Arguments(bool isConst)
    {
        Emit("(");
        Repeat(1, 4, () =>
        {
            Emit(Name(), ":");
            Value(isConst, depth: 2);
        });
        Emit(")");
    }

    private void Description()
    {
        if (Chance(2))
        {
            Emit(Chance(2) ? QuotedString() : BlockString());
        }
    }

    private void Repeat(int min, int max, Action item)
    {
        var count = random.Next(min, max + 1);
        for (var i = 0; i < count; i++)
        {
            item();
        }
    }
}
