using System.Text;

namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

internal sealed partial class DocumentMutations
{
    private int Count() => random.Next(8) == 0 ? random.Next(500, 5000) : random.Next(2, 50);

    /// <summary>Inserts a text just inside the first selection set, or wraps it in one.</summary>
    private static string IntoFirstSelectionSet(string text, string selections)
    {
        var brace = text.IndexOf('{', StringComparison.Ordinal);
        return brace < 0 ? "{ " + selections + " }" + text : text.Insert(brace + 1, " " + selections + " ");
    }

    private string RepeatedAliases(string text)
    {
        var field = random.Next(3) switch
        {
            0 => "articles { id title }",
            1 => "actor(id: \"actor-2\") { ties { article { title } } }",
            _ => "__typename",
        };
        var builder = new StringBuilder();
        for (var i = Count(); i > 0; i--)
        {
            builder.Append(random.Next(8) == 0 ? "same" : "a" + i).Append(": ").Append(field).Append(' ');
        }

        return IntoFirstSelectionSet(text, builder.ToString());
    }

    private string RepeatedSpreads(string text)
    {
        var spreads = string.Concat(Enumerable.Repeat("...Repeated ", Count()));
        var definition = random.Next(5) == 0
            ? string.Concat(Enumerable.Repeat(" fragment Repeated on Query { __typename }", random.Next(2, 20)))
            : " fragment Repeated on Query { articles(first: 2) { title } actors { name } }";
        return IntoFirstSelectionSet(text, spreads) + definition;
    }

    private string FragmentCycle(string text)
    {
        var length = random.Next(1, 6);
        var fragments = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            fragments.Append($" fragment Cycle{i} on Query {{ __typename ...Cycle{(i + 1) % length} }}");
        }

        return IntoFirstSelectionSet(text, "...Cycle0") + fragments;
    }

    private string FragmentChain(string text)
    {
        var length = random.Next(8) == 0 ? random.Next(200, 3000) : random.Next(2, 30);
        var fragments = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            fragments.Append(i + 1 < length ? $" fragment Chain{i} on Query {{ ...Chain{i + 1} }}" : $" fragment Chain{i} on Query {{ __typename }}");
        }

        return IntoFirstSelectionSet(text, "...Chain0") + fragments;
    }

    private string Splice(string text, string other)
    {
        if (other.Length == 0)
        {
            return text;
        }

        var start = random.Next(other.Length);
        var piece = other.Substring(start, random.Next(other.Length - start + 1));
        return InsertAt(text, piece);
    }

    private string HugeString(string text)
    {
        var length = random.Next(8) == 0 ? random.Next(50_000, 200_000) : random.Next(100, 5000);
        var content = new string(random.Next(2) == 0 ? 'x' : 'é', length);
        var literal = random.Next(2) == 0 ? $"\"{content}\"" : $"\"\"\"{content}\"\"\"";
        return IntoFirstSelectionSet(text, $"search(text: {literal}) {{ __typename }}");
    }

    private string RepeatedDirectives(string text)
    {
        var directives = string.Concat(Enumerable.Repeat(random.Next(2) == 0 ? " @skip(if: false)" : " @include(if: true)", Count()));
        return IntoFirstSelectionSet(text, "__typename" + directives);
    }

    private string ManyVariables(string text)
    {
        var definitions = string.Join(", ", Enumerable.Range(0, Count()).Select(i => $"$v{i}: [[ActorFilter!]!] = [[{{kind: PARTY}}]]"));
        var operation = text.IndexOf("query", StringComparison.Ordinal);
        return operation < 0 ? $"query ({definitions}) {text}" : text.Insert(operation + "query".Length, $" Many({definitions}) ");
    }
}
