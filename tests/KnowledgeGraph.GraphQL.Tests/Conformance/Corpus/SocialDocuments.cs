namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

/// <summary>
/// Hand-written requests over the social schema, whose abstract types are resolved by bound type
/// resolvers and whose custom scalars fail with GraphQL errors (the library's fail with plain errors).
/// </summary>
internal static partial class SocialDocuments
{
    public static IReadOnlyList<ConformanceCase> All { get; } =
    [
        .. Abstracts(), .. Inputs(), .. Nulls(), .. Introspection.Of("social"),
    ];

    private static IEnumerable<ConformanceCase> Abstracts() =>
    [
        new("me", "{ me { handle friends { handle } } }"),
        new("the feed with fragments per member", """
            {
              feed(first: 10) {
                __typename
                ... on Node { id }
                ... on Content { createdAt body author { handle } }
                ... on Post { title visibility likeCount }
                ... on Event { name startsAt location { city country } }
                ... on Comment { replyTo { __typename id } }
              }
            }
            """),
        new("the feed filtered by kinds", "{ feed(filter: {kinds: [EVENT, COMMENT]}, first: 10) { __typename ... on Event { name } ... on Comment { body } } }"),
        new("the feed filtered by authors and date", "{ feed(filter: {authors: [\"u1\", \"u2\"], since: \"2024-03-01T00:00:00Z\"}) { ... on Content { createdAt author { id } } } }"),
        new("the feed with a single kind for a list", "{ feed(filter: {kinds: POST}) { ... on Post { title } } }"),
        new("everything: missing, unknown and impossible runtime types", "{ everything { __typename ... on Node { id } } }"),
        new("attachments of a union with an impossible member", "{ posts: feed(first: 10) { ... on Post { id attachments { __typename ... on Photo { url width height caption } ... on Link { url title } } } } }"),
        new("a photo with a null non-null height", "{ post(id: \"p3\") { attachments { ... on Photo { url height } } } }"),
        new("node lookups through the type resolver", "{ a: node(id: \"u3\") { __typename id } b: node(id: \"c2\") { ... on Content { body } ... on Comment { replyTo { id } } } c: node(id: \"e2\") { ... on Event { name attendees { handle } } } }"),
        new("comments are resolved asynchronously", "{ post(id: \"p1\") { title comments(first: 5) { body author { handle displayName } replyTo { ... on Post { title } ... on Comment { body } } } } }"),
        new("upcoming events sorted asynchronously", "{ upcoming { name startsAt } two: upcoming(first: 2) { id } }"),
        new("a negative first in an asynchronous resolver", "{ upcoming(first: -1) { id } me { handle } }"),
        new("a deprecated field and enum values", "{ users { handle status presence } post(id: \"p1\") { pinned reactions { kind } } }"),
        new("an enum value outside the enum", "{ users { handle presence } }"),
        new("reactions filtered by a deprecated enum value", "{ post(id: \"p1\") { wow: reactions(kind: WOW) { by { handle } } all: reactions { kind } } }"),
        new("a string where an Int is expected", "{ post(id: \"p3\") { likeCount } }"),
        new("a URL the scalar rejects on output", "{ users { handle avatar } }"),
        new("a DateTime the scalar rejects on a non-null field", "{ node(id: \"p4\") { ... on Post { title createdAt } } }"),
        new("the e-mail resolver always fails", "{ users { handle email } me { email } }"),
        new("best friends in a cycle", "{ me { bestFriend { bestFriend { bestFriend { handle } } } } }"),
        new("friends with a null non-null item", "{ users { handle friends { handle } } }"),
        new("friends with first", "{ me { friends(first: 2) { handle } none: friends(first: 0) { handle } } }"),
        new("posts by visibility", "{ me { public: posts(visibility: PUBLIC) { title } friends: posts(visibility: FRIENDS) { title } all: posts { title } } }"),
    ];
}
