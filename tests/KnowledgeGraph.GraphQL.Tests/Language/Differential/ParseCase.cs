using System.Text;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>One input for the parser: a document (or a lone value or type) and the options to parse it with.</summary>
/// <param name="Name">A unique, readable name; the theory's case label.</param>
/// <param name="Source">The text to parse.</param>
/// <param name="Kind">What to parse it as: document, value, constValue or type (graphql-js's entry points).</param>
/// <param name="Options">Parser options, or null for the defaults.</param>
public sealed record ParseCase(string Name, string Source, string Kind = "document", ParseOptions? Options = null)
{
    /// <summary>The case as the reference script's parse mode reads it.</summary>
    public object ToPayload()
    {
        // JSON cannot carry a lone surrogate, so such sources travel as UTF-16 code units.
        var wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(Source)) == Source;
        return new
        {
            source = wellFormed ? Source : null,
            sourceCodes = wellFormed ? null : Source.Select(c => (int)c).ToArray(),
            kind = Kind,
            options = Options,
        };
    }
}
