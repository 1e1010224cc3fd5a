namespace KnowledgeGraph.Api.GraphQL.Views;

/// <summary>
/// The evidence of a tie located in its article, with context cut at word boundaries so an excerpt never starts
/// or ends mid-word.
/// </summary>
internal sealed record CitationView(int Start, int End, string Before, string Quote, string After)
{
    public const int MaxContext = 2_000;

    public static CitationView Locate(string text, string evidence, int context)
    {
        var start = text.IndexOf(evidence, StringComparison.Ordinal);
        if (start < 0)
        {
            // The write rules make this impossible for stored ties; say so plainly rather than invent offsets.
            throw new InvalidOperationException("The evidence is not in the article text.");
        }

        var end = start + evidence.Length;
        var from = WordStartAtOrAfter(text, Math.Max(0, start - context), start);
        var to = WordEndAtOrBefore(text, Math.Min(text.Length, end + context), end);
        return new CitationView(start, end, text[from..start], evidence, text[end..to]);
    }

    private static int WordStartAtOrAfter(string text, int index, int limit)
    {
        if (index == 0)
        {
            return 0;
        }

        while (index < limit && !char.IsWhiteSpace(text[index - 1]))
        {
            index++;
        }

        return index;
    }

    private static int WordEndAtOrBefore(string text, int index, int limit)
    {
        if (index == text.Length)
        {
            return index;
        }

        while (index > limit && !char.IsWhiteSpace(text[index]))
        {
            index--;
        }

        return index;
    }
}
