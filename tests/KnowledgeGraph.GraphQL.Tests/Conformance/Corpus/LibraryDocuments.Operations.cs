namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class LibraryDocuments
{
    // Operation selection, mutations and requests that fail before execution.
    private static IEnumerable<ConformanceCase> Operations() =>
    [
        new("two operations without an operation name", "query A { today }\nquery B { authors { name } }"),
        new("two operations, the second chosen", "query A { today }\nquery B { authors { name } }", OperationName: "B"),
        new("an unknown operation name", "query A { today }", OperationName: "Z"),
        new("an operation name given for an anonymous operation", "{ today }", OperationName: "A"),
        new("a document with only fragments", "fragment F on Query { today }"),
        new("a mutation adding a review", """
            mutation Review($input: ReviewInput!) {
              addReview(input: $input) { stars text tags reviewer { name } }
            }
            """, """{"input": {"book": {"id": "b1"}, "stars": 5, "text": "Great"}}"""),
        new("a mutation whose input lacks a required field", "mutation ($input: ReviewInput!) { addReview(input: $input) { stars } }", """{"input": {"book": {"id": "b1"}}}"""),
        new("a mutation whose OneOf input is broken", "mutation ($input: ReviewInput!) { addReview(input: $input) { stars } }", """{"input": {"book": {"id": "b1", "isbn": "9780000000011"}, "stars": 1}}"""),
        new("a mutation with a literal input", "mutation { addReview(input: {book: {isbn: \"9780000000011\"}, stars: 3, tags: [\"x\", \"y\"]}) { stars tags } }"),
        new("several mutation fields run in order", "mutation { a: addReview(input: {book: {id: \"b1\"}, stars: 1}) { stars } b: renewLoan(bookId: \"b4\", days: 7) { due } c: addReview(input: {book: {id: \"b2\"}, stars: 2}) { stars } }"),
        new("a subscription on a schema without subscriptions", "subscription { today }"),
        new("a syntax error: unclosed selection", "{ books { title }"),
        new("a syntax error: unterminated string", "{ echoString(value: \"open) }"),
        new("a syntax error: bad character", "{ books { title } } §"),
        new("a syntax error: a variable in a default value", "query ($a: Int = $b) { echoInts(values: [$a]) }"),
        new("a syntax error: an empty selection set", "{ books { } }"),
        new("a syntax error: a number with a bad exponent", "{ echoFloat(value: 1.5e) }"),
        new("an empty document", ""),
        new("a document of comments only", "# nothing here\n"),
        new("many validation errors at once", "query Q($x: Int, $x: String) { books(first: \"3\", unknown: 1) { titel ...Missing author } ...on Book { id } }\nfragment Unused on Author { name }"),
        new("deeply nested selections", "{ books(first: 1) { author { books { author { books { author { books { author { name } } } } } } } } }"),
        new("a field selected under many aliases", "{ " + string.Join(" ", Enumerable.Range(1, 40).Select(i => $"t{i}: today")) + " }"),
    ];
}
