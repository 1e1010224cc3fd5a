namespace KnowledgeGraph.GraphQL.Language;

/// <summary>How syntax errors name a token kind: punctuators quoted, the rest by graphql-js's kind name.</summary>
internal static class TokenKindDescriptions
{
    private static readonly string[] Descriptions =
    [
        "<SOF>", "<EOF>", "\"!\"", "\"$\"", "\"&\"", "\"(\"", "\")\"", "\"...\"", "\":\"", "\"=\"", "\"@\"",
        "\"[\"", "\"]\"", "\"{\"", "\"|\"", "\"}\"", "Name", "Int", "Float", "String", "BlockString",
    ];

    public static string Describe(TokenKind kind) => Descriptions[(int)kind];
}
