using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Turns a broken domain rule into a GraphQL error a client can act on: <c>extensions.code</c> is the rule,
/// <c>extensions.field</c> the input path at fault (<c>input.evidence</c>), and <c>extensions.violations</c> lists
/// every problem when there are several.
/// </summary>
internal static class DomainErrors
{
    public static GraphQLError ToGraphQLError(GraphRuleException rejection, string inputRoot) =>
        ToGraphQLError(rejection, path => InputPath(path, inputRoot), isWrite: true);

    /// <summary>
    /// For writes whose arguments are scalars: <paramref name="arguments"/> names the argument behind each store path
    /// (<c>$.merge.kept</c> is <c>keepId</c>); a path it does not list keeps the store's spelling under <paramref name="inputRoot"/>.
    /// </summary>
    public static GraphQLError ToGraphQLError(GraphRuleException rejection, string inputRoot, IReadOnlyDictionary<string, string> arguments) =>
        ToGraphQLError(rejection, path => arguments.TryGetValue(path, out var argument) ? argument : InputPath(path, inputRoot), isWrite: true);

    /// <summary>For reads: the store names a query's arguments as they are (<c>$.to</c>, <c>$.actorIds[1]</c>), and nothing was to be written.</summary>
    public static GraphQLError ToGraphQLError(GraphRuleException rejection) =>
        ToGraphQLError(rejection, path => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path, isWrite: false);

    private static GraphQLError ToGraphQLError(GraphRuleException rejection, Func<string, string> inputPath, bool isWrite)
    {
        var violations = rejection.Violations;
        var first = violations.Count > 0 ? violations[0] : new RuleViolation(ViolationCodes.Invalid, "$", rejection.Message);
        var firstText = $"{inputPath(first.Path)}: {first.Message}";
        var message = violations.Count > 1
            ? $"{violations.Count} problems{(isWrite ? "; nothing was written" : "")}. First: {firstText}."
            : $"{firstText}.{(isWrite ? " Nothing was written." : "")}";
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = first.Code,
            ["field"] = inputPath(first.Path),
            ["violations"] = violations.Select(v => new Dictionary<string, object?>
            {
                ["code"] = v.Code,
                ["field"] = inputPath(v.Path),
                ["message"] = v.Message,
            }).ToArray(),
        };
        return new GraphQLError(message, null, originalError: rejection, extensions: extensions);
    }

    /// <summary>
    /// The store names fields from its own root (<c>$.tie.evidence</c>, <c>$.ties[3].source</c>); the client knows
    /// them by the mutation's argument (<c>input.evidence</c>, <c>document.ties[3].source</c>).
    /// </summary>
    public static string InputPath(string path, string inputRoot)
    {
        if (!path.StartsWith("$", StringComparison.Ordinal))
        {
            return path;
        }

        var rest = path[1..];
        if (inputRoot == "document")
        {
            return "document" + rest;
        }

        // Drop the store's record name: "$.tie.evidence" -> ".evidence".
        var dot = rest.IndexOf('.', 1);
        var tail = rest.StartsWith('.') && dot > 0 ? rest[dot..] : "";
        return inputRoot + tail;
    }
}
