using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Rules;

/// <summary>
/// Says how an evidence that is not an exact substring of its article nearly is one. The rule stays exact (a quote
/// is the article's own words); the hint only tells an editor who pasted from another copy what to fix.
/// </summary>
internal static partial class EvidenceMismatch
{
    // A batch checked against the wrong copy of an article fails every one of its ties: the article's other forms
    // are made once per text, not once per tie (5,000 ties on a 1 MB article: 37 s without this).
    private static readonly ConditionalWeakTable<string, TextForms> FormsOfText = [];

    /// <summary>The hint to append to the violation, or an empty string when the evidence is simply not there.</summary>
    public static string Hint(string text, string evidence)
    {
        if (FieldChecks.UnpairedSurrogateAt(text) >= 0 || FieldChecks.UnpairedSurrogateAt(evidence) >= 0)
        {
            return "";
        }

        var forms = FormsOfText.GetValue(text, t => new TextForms(t));
        if (forms.Composed.Contains(evidence.Normalize(NormalizationForm.FormC), StringComparison.Ordinal))
        {
            return "; it differs from the text only in Unicode normalisation (an accent written as one character or as a letter and a combining mark): copy the evidence from the stored text";
        }

        if (forms.SingleSpaced.Contains(SingleSpaced(evidence).Trim(), StringComparison.Ordinal))
        {
            return "; it differs from the text only in whitespace (spaces, tabs or line breaks)";
        }

        return forms.UpperCase.Contains(evidence.ToUpperInvariant(), StringComparison.Ordinal) ? "; it differs from the text only in letter case" : "";
    }

    private static string SingleSpaced(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    private sealed class TextForms(string text)
    {
        public string Composed { get; } = text.Normalize(NormalizationForm.FormC);

        public string SingleSpaced { get; } = EvidenceMismatch.SingleSpaced(text);

        public string UpperCase { get; } = text.ToUpperInvariant();
    }
}
