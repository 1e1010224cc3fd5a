using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Tests.TestUtilities;

namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>
/// What parsing one case gives, in a form both implementations produce: the printed AST, the token
/// count and every node's span in visiting order, or the syntax error with its locations.
/// </summary>
public sealed record ParseOutcome(string? Printed, int? TokenCount, string? Spans, string? Error)
{
    /// <summary>Reads graphql-js's answer for one case.</summary>
    public static ParseOutcome FromReference(JsonElement result)
    {
        if (result.TryGetProperty("error", out var error))
        {
            var locations = error.GetProperty("locations").ValueKind == JsonValueKind.Array
                ? error.GetProperty("locations").EnumerateArray()
                    .Select(l => new SourceLocation(l.GetProperty("line").GetInt32(), l.GetProperty("column").GetInt32()))
                : [];
            return new ParseOutcome(null, null, null, DescribeError(error.GetProperty("message").GetString()!, locations));
        }

        int? tokenCount = result.TryGetProperty("tokenCount", out var count) ? count.GetInt32() : null;
        var spans = result.TryGetProperty("spans", out var spanList)
            ? string.Join("\n", spanList.EnumerateArray().Select(s => string.Join(' ', s.EnumerateArray().Select(p => p.ToString()))))
            : null;
        return new ParseOutcome(result.GetProperty("printed").GetString(), tokenCount, spans, null);
    }

    /// <summary>Parses one case with our parser and prints it with our printer.</summary>
    public static ParseOutcome FromOurs(ParseCase parseCase)
    {
        try
        {
            return parseCase.Kind switch
            {
                "document" => FromDocument(Parser.Parse(parseCase.Source, parseCase.Options)),
                "value" => FromNode(Parser.ParseValue(parseCase.Source, parseCase.Options)),
                "constValue" => FromNode(Parser.ParseConstValue(parseCase.Source, parseCase.Options)),
                "type" => FromNode(Parser.ParseType(parseCase.Source, parseCase.Options)),
                _ => throw new ArgumentException($"Unknown kind {parseCase.Kind}.", nameof(parseCase)),
            };
        }
        catch (GraphQLError error)
        {
            return new ParseOutcome(null, null, null, DescribeError(error.Message, error.Locations ?? []));
        }
    }

    private static ParseOutcome FromNode(INode node) => new(Printer.Print(node), null, null, null);

    private static ParseOutcome FromDocument(DocumentNode document)
    {
        var spans = new SpanRecorder();
        Visitor.Visit(document, spans);
        return new ParseOutcome(Printer.Print(document), document.TokenCount, spans.ToString(), null);
    }

    private static string DescribeError(string message, IEnumerable<SourceLocation> locations) =>
        GraphQLJs.ReplaceLoneSurrogates(message) + " @ " + string.Join(", ", locations.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Line}:{l.Column}")));

    /// <summary>Writes each node's kind and span as the reference script does.</summary>
    private sealed class SpanRecorder : ASTVisitor
    {
        private readonly StringBuilder spans = new();

        public override VisitorAction Enter(INode node, VisitorContext context)
        {
            if (spans.Length > 0)
            {
                spans.Append('\n');
            }

            spans.Append(node.Kind);
            if (node.Loc is { } loc)
            {
                spans.Append(CultureInfo.InvariantCulture, $" {loc.Start} {loc.End}");
            }

            return VisitorAction.Continue;
        }

        public override string ToString() => spans.ToString();
    }
}
