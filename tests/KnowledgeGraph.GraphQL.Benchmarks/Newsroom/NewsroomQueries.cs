namespace KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

/// <summary>The benchmark's workloads over the newsroom schema, and seed documents for the fuzzer.</summary>
internal static class NewsroomQueries
{
    /// <summary>An actor with its ten ties, each with its article and target: the product's most common page.</summary>
    public const string ActorWithTies = """
        query ActorWithTies($id: ID!) {
          actor(id: $id) {
            id
            name
            aliases
            ties {
              id
              type
              date
              evidence
              article { id title publisher }
              target { id name }
            }
          }
        }
        """;

    /// <summary>A wide list: 500 articles by 10 scalar fields.</summary>
    public const string WideList = """
        query WideList {
          articles(first: 500) {
            id
            title
            publisher
            url
            publishedOn
            language
            wordCount
            summary
            byline
            paywalled
          }
        }
        """;

    /// <summary>The actor workload built up part by part, to tell what each part costs.</summary>
    public static IReadOnlyList<(string Part, string Query)> ActorWithTiesParts { get; } =
    [
        ("actor { id }", """query ($id: ID!) { actor(id: $id) { id } }"""),
        ("+ name aliases", """query ($id: ID!) { actor(id: $id) { id name aliases } }"""),
        ("+ ties { id } (10 objects)", """query ($id: ID!) { actor(id: $id) { id name aliases ties { id } } }"""),
        ("+ type date evidence", """query ($id: ID!) { actor(id: $id) { id name aliases ties { id type date evidence } } }"""),
        ("+ article { id title publisher }", """query ($id: ID!) { actor(id: $id) { id name aliases ties { id type date evidence article { id title publisher } } } }"""),
        ("+ target { id name } (the workload)", ActorWithTies),
    ];

    /// <summary>The wide list with one field, then all ten, to tell the cost of an object from that of a field.</summary>
    public static IReadOnlyList<(string Part, string Query)> WideListParts { get; } =
    [
        ("articles { id } (500 objects)", "{ articles(first: 500) { id } }"),
        ("articles { 5 fields }", "{ articles(first: 500) { id title publisher url publishedOn } }"),
        ("articles { 10 fields } (the workload)", WideList),
    ];

    /// <summary>Hand-written requests the fuzzer mutates besides generated ones: every kind of selection the schema offers.</summary>
    public static IReadOnlyList<string> FuzzSeeds { get; } =
    [
        ActorWithTies,
        WideList,
        """
        query Lookup($by: ActorLookup!, $type: TieType) {
          actorBy(lookup: $by) { ...ActorFields ties(type: $type, first: 3) { ...TieFields } }
        }
        fragment ActorFields on Actor { id name kind founded website links }
        fragment TieFields on Tie { id type confidence source { name } target { ...ActorFields } }
        """,
        """
        {
          search(text: "front", first: 5) {
            __typename
            ... on Node { id }
            ... on Actor { name aliases }
            ... on Article { title publishedOn }
          }
          node(id: "tie-1-1") { ... on Tie { evidence date } }
          actors(filter: {kind: PARTY, foundedAfter: "1990-01-01"}, first: 3) { name @include(if: true) kind @skip(if: false) }
        }
        """,
    ];
}
