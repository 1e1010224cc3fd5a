namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

/// <summary>
/// Hand-written requests over the library schema, one concern each: fragments and abstract types,
/// aliases, conditions, variables (defaults, coercion, errors), null propagation, resolver errors,
/// asynchronous resolvers, custom scalars, OneOf inputs and mutations.
/// </summary>
internal static partial class LibraryDocuments
{
    public static IReadOnlyList<ConformanceCase> All { get; } =
    [
        .. Fragments(), .. Variables(), .. Nulls(), .. Leaves(), .. Operations(), .. Introspection.Of("library"),
    ];

    private static IEnumerable<ConformanceCase> Fragments() =>
    [
        new("books with prices", "{ books { id title price(currency: USD) rating author { name } } }"),
        new("inline fragments on an interface list", """
            {
              publications {
                __typename
                id
                title
                ... on Book { genre pages author { name } }
                ... on Magazine { issue editor { name } }
              }
            }
            """),
        new("named fragments on union members", """
            query Search($term: String!) {
              search(term: $term) {
                __typename
                ...BookParts
                ...AuthorParts
                ... on Magazine { title issue }
              }
            }
            fragment BookParts on Book { id title genre author { ...AuthorParts } }
            fragment AuthorParts on Author { id name born }
            """, """{"term": "o"}"""),
        new("a fragment on an interface spread inside a union", "{ search(term: \"a\") { ...NodeId } }\nfragment NodeId on Node { id }"),
        new("an inline fragment without type condition", "{ book(id: \"b1\") { ... { title } ... @include(if: false) { isbn } } }"),
        new("nested fragments through several levels", """
            { members { ...MemberParts } }
            fragment MemberParts on Member { name loans { ...LoanParts } }
            fragment LoanParts on Loan { due book { ...BookTitle } }
            fragment BookTitle on Book { title author { name } }
            """),
        new("the same field through fragments and directly", "{ book(id: \"b3\") { title ...T ... on Book { title } } }\nfragment T on Book { title id }"),
        new("aliases of the same field with different arguments", """
            {
              euros: book(id: "b1") { price }
              dollars: book(id: "b1") { price(currency: USD) }
              pounds: book(id: "b1") { p: price(currency: GBP) e: price(currency: EUR) }
            }
            """),
        new("__typename everywhere", "{ __typename node(id: \"g1\") { __typename ... on Magazine { __typename issue } } }"),
        new("node lookups of every kind", """
            {
              b: node(id: "b2") { id __typename }
              g: node(id: "g2") { id ... on Publication { title published tags } }
              a: node(id: "a4") { ... on Author { name books { title } } }
              m: node(id: "m1") { ... on Member { name loanCount favouriteGenres } }
              none: node(id: "zzz") { id }
            }
            """),
        new("similar publications of an abstract list type", "{ books(first: 3) { title similar { __typename title ... on Book { genre } ... on Magazine { issue } } } }"),
        new("search narrowed by kinds", "{ search(term: \"o\", kinds: [AUTHOR, MAGAZINE]) { ... on Author { name } ... on Magazine { title } } }"),
        new("search with an empty term fails in the resolver", "{ search(term: \"\") { __typename } other: books(first: 1) { id } }"),
        new("unicode in data and arguments", "{ search(term: \"ÓZEF\") { ... on Author { name } } b: book(id: \"b4\") { summary } }"),
        new("summaries truncated", "{ books { short: summary(maxLength: 10) none: summary(maxLength: 0) whole: summary } }"),
        new("a negative maxLength fails in the resolver", "{ book(id: \"b1\") { title summary(maxLength: -3) } }"),
        new("reviews filtered and limited", "{ book(id: \"b1\") { all: reviews(first: 10) { stars } good: reviews(minStars: 4) { stars text reviewer { name } } none: reviews(first: 0) { stars } } }"),
        new("a negative first fails in the resolver", "{ book(id: \"b1\") { title reviews(first: -1) { stars } } }"),
        new("author books filtered by a deprecated enum value", "{ authors { name books(genre: HISTORY) { title } all: books { title } } }"),
    ];
}
