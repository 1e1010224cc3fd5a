namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class LibraryDocuments
{
    // Null propagation through objects and lists, and errors raised by resolvers, with their paths.
    private static IEnumerable<ConformanceCase> Nulls() =>
    [
        new("a non-null author missing nulls the non-null root field and all data", "{ today featured { id title author { name } } }"),
        new("the featured book without its author is fine", "{ featured { id title } }"),
        new("a null item in a list of non-null nulls the list", "{ shelf { id title } today }"),
        new("a null item in a list of nullable stays null", "{ looseShelf { id title } }"),
        new("null items in a nullable member list", "{ members { name } }"),
        new("a bad date in a non-null field nulls the loan, its list and the member", "{ members { name loans { due overdue book { title } } } }"),
        new("a null in a non-null boolean", "{ members { id loans { overdue } } }"),
        new("runtime types unknown, impossible or missing", "{ oddities { __typename ... on Book { title } ... on Author { name } } }"),
        new("runtime type errors with aliases", "{ first: oddities { __typename } second: oddities { ... on Magazine { issue } } }"),
        new("a resolver error in a nullable field", "{ authors { name secretNotes } }"),
        new("the same resolver error under aliases", "{ authors { a: secretNotes b: secretNotes name } }"),
        new("a resolver error under a list of non-null", "{ books { title rating } }"),
        new("a resolver error reached through a fragment", "{ book(id: \"b2\") { ...R } }\nfragment R on Book { id rating }"),
        new("errors in several branches, in order", "{ books { rating author { secretNotes } coAuthors { secretNotes } } members { loans { due } } }"),
        new("a null list of non-null coauthors stays null", "{ book(id: \"b3\") { coAuthors { name } } }"),
        new("null lists and empty lists", "{ b4: book(id: \"b4\") { copies { barcode } similar { id } tags } b3: book(id: \"b3\") { copies { barcode } } }"),
        new("null items in a list of nullable objects", "{ book(id: \"b1\") { copies { barcode condition } } }"),
        new("a deprecated enum value serialized", "{ book(id: \"b5\") { copies { condition } } }"),
        new("a missing book is null", "{ book(id: \"missing\") { title } }"),
        new("new arrivals resolved asynchronously", "{ newArrivals(first: 3) { id title rating author { name secretNotes } } }"),
        new("an asynchronous field next to a failing non-null one", "{ newArrivals { id } featured { author { id } } }"),
        new("an asynchronous list with a resolver error inside", "{ newArrivals(first: 5) { title rating } }"),
        new("an asynchronous resolver that fails", "{ newArrivals(first: -2) { id } today }"),
        new("a failing non-null item next to asynchronous siblings", "{ looseShelf { id } newArrivals { title } shelf { title } }"),
        new("price of a book without a price", "{ book(id: \"b4\") { price(currency: USD) } }"),
        new("price with a null currency is not a number", "{ book(id: \"b1\") { price(currency: null) } }"),
        new("float arithmetic printed as JavaScript does", "{ books { priceUsd: price(currency: USD) priceGbp: price(currency: GBP) } }"),
        new("loans renewed through a mutation lookup by book", "mutation { renewLoan(bookId: \"b1\") { due book { title } member { name } } none: renewLoan(bookId: \"b2\") { due } }"),
        new("a loan whose due date is bad, through a mutation", "mutation { renewLoan(bookId: \"b3\") { due overdue } }"),
    ];

    // Leaf values: enums, custom scalars and built-in scalars as results.
    private static IEnumerable<ConformanceCase> Leaves() =>
    [
        new("every scalar kind of a book", "{ book(id: \"b1\") { id title published tags isbn genre pages price rating ebookUrl formats } }"),
        new("deprecated fields still resolve", "{ books { ebookUrl } authors { website } }"),
        new("enum lists of a member", "{ members { favouriteGenres } }"),
        new("an Int where the data has a float", "{ echoInts(values: [1, 2147483647, -2147483648]) }"),
        new("Int literals out of range", "{ echoInts(values: [2147483648]) }"),
        new("strings in literals with escapes and unicode", "{ a: echoString(value: \"line\\nbreak \\u00e9 \\u{1F600} \\\"q\\\"\") b: echoString(value: \"\"\"  block\n    string \"\"\") }"),
        new("an ID literal from an Int", "{ echoId(id: 42) s: echoId(id: \"42\") }"),
        new("an ID literal from a Float", "{ echoId(id: 4.2) }"),
        new("a Boolean literal for a String", "{ echoString(value: true) }"),
        new("a null literal", "{ echoString(value: null) echoInts(values: null) }"),
        new("a list literal for a scalar", "{ echoString(value: [\"a\"]) }"),
        new("enum list literal with a deprecated value", "{ echoGenres(genres: [HISTORY, FICTION]) }"),
        new("an enum literal as a string", "{ echoGenres(genres: [\"FICTION\"]) }"),
        new("an unknown enum literal close to a known one", "{ echoGenres(genres: [FICTON]) }"),
        new("a date that the scalar rejects on output", "{ members { loans { due } } }"),
    ];
}
