namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SocialDocuments
{
    private const string CreatePost = "mutation ($input: PostInput!) { createPost(input: $input) { title body visibility attachments { photo { url width height } link { url title } } } }";

    // OneOf inputs, custom scalars failing with GraphQL errors, and mutations.
    private static IEnumerable<ConformanceCase> Inputs() =>
    [
        new("a user by handle", "{ user(by: {handle: \"chen\"}) { id displayName } }"),
        new("a user by id from a variable", "query ($by: UserLookup!) { user(by: $by) { handle } }", """{"by": {"id": "u2"}}"""),
        new("a user lookup with two keys", "query ($by: UserLookup!) { user(by: $by) { handle } }", """{"by": {"id": "u2", "handle": "bram"}}"""),
        new("a user lookup literal with two keys", "{ user(by: {id: \"u2\", handle: \"bram\"}) { handle } }"),
        new("a user lookup literal with null", "{ user(by: {id: null}) { handle } }"),
        new("a user lookup with a nullable variable", "query ($id: ID) { user(by: {id: $id}) { handle } }", """{"id": "u1"}"""),
        new("a user lookup with an unknown key", "{ user(by: {email: \"a@b.c\"}) { handle } }"),
        new("a post created from variables", CreatePost, """{"input": {"title": "Hi", "attachments": [{"photo": {"url": "https://x.org/a.png", "width": 1, "height": 2}}, {"link": {"url": "http://x.org"}}]}}"""),
        new("a post with an attachment of two kinds", CreatePost, """{"input": {"title": "Hi", "attachments": [{"photo": {"url": "https://x.org/a.png", "width": 1, "height": 2}, "link": {"url": "http://x.org"}}]}}"""),
        new("a post with an attachment of no kind", CreatePost, """{"input": {"title": "Hi", "attachments": [{}]}}"""),
        new("a post with a bad URL", CreatePost, """{"input": {"title": "Hi", "attachments": [{"link": {"url": "ftp://x.org"}}]}}"""),
        new("a post with a URL that is not a string", CreatePost, """{"input": {"title": "Hi", "attachments": [{"link": {"url": 42}}]}}"""),
        new("a post with a null title", CreatePost, """{"input": {"title": null}}"""),
        new("a post with a visibility left to its default", CreatePost, """{"input": {"title": "Defaults", "body": "b"}}"""),
        new("a post with visibility null", CreatePost, """{"input": {"title": "Null", "visibility": null}}"""),
        new("a post created from a literal", "mutation { createPost(input: {title: \"Lit\", visibility: PRIVATE, attachments: {link: {url: \"https://a.b\", title: \"t\"}}}) { title visibility attachments { link { url title } } } }"),
        new("a post literal with a bad URL", "mutation { createPost(input: {title: \"Lit\", attachments: [{link: {url: \"nope\"}}]}) { title } }"),
        new("a post literal with a number for a URL", "mutation { createPost(input: {title: \"Lit\", attachments: [{photo: {url: 5, width: 1, height: 1}}]}) { title } }"),
        new("a reaction with its default kind", "mutation { react(postId: \"p1\") { kind by { handle } } }"),
        new("a reaction with a deprecated kind", "mutation ($k: ReactionKind!) { react(postId: \"p1\", kind: $k) { kind } }", """{"k": "WOW"}"""),
        new("echoed DateTime values", "query ($at: DateTime) { echoDateTime(at: $at) lit: echoDateTime(at: \"2024-01-01T00:00:00Z\") }", """{"at": "2024-12-31T23:59:59Z"}"""),
        new("a DateTime variable the scalar rejects", "query ($at: DateTime) { echoDateTime(at: $at) }", """{"at": "2024-12-31"}"""),
        new("a DateTime literal the scalar rejects", "{ echoDateTime(at: \"tomorrow\") }"),
        new("a DateTime literal that is not a string", "{ echoDateTime(at: 1700000000) }"),
        new("a URL literal that is a list", "{ echoUrl(url: [\"https://a.b\"]) }"),
        new("a URL variable that is an object", "query ($u: URL) { echoUrl(url: $u) }", """{"u": {"href": "https://a.b"}}"""),
        new("echoed enum lists with nulls", "query ($k: [ReactionKind]) { echoKinds(kinds: $k) }", """{"k": ["LIKE", null, "SAD"]}"""),
        new("echoed enum lists with a bad value", "query ($k: [ReactionKind]) { echoKinds(kinds: $k) }", """{"k": ["LIKE", "ANGRY"]}"""),
        new("an echoed post without input", "{ echoPost { title } }"),
        new("a subscription executed as a query", "subscription { postCreated { title } }"),
        new("a subscription with two root fields", "subscription { postCreated { title } other: postCreated { id } }"),
    ];

    private static IEnumerable<ConformanceCase> Nulls() =>
    [
        new("trending: a post without an author and a null post", "{ trending { id title author { handle } } }"),
        new("trending without authors is fine", "{ trending { id title } }"),
        new("strict trending nulls the whole list", "{ strictTrending { id } me { handle } }"),
        new("a non-null author missing in a nested list", "{ users { posts { title author { handle } } } }"),
        new("a follower count missing in a non-null position", "{ users { handle followerCount } }"),
        new("errors inside asynchronous comments", "{ post(id: \"p1\") { comments(first: 3) { body author { email } } } }"),
        new("an asynchronous list next to a failing sibling", "{ post(id: \"p1\") { comments { body } author { friends { handle } } } }"),
        new("a failing non-null item with asynchronous siblings in it", "{ strictTrending { id comments { body } } }"),
        new("errors after a sibling is nulled", "{ trending { comments { author { email } } author { handle } } }"),
        new("errors of asynchronous siblings of a failing item", "{ users { posts { comments { author { email } } author { handle } } } }"),
        new("errors inside an asynchronous subtree that is nulled later", "{ post(id: \"p1\") { comments(first: 3) { author { email friends { handle } } } } }"),
        new("a synchronous error after an asynchronous sibling field", "{ post(id: \"p5\") { comments { id } author { handle } } me { email } }"),
    ];
}
