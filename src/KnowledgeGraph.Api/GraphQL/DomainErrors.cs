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
        ToGraphQLError(rejection, path => InputPath(path, inputRoot));

    /// <summary>
    /// The same for a mutation whose input is a few plain arguments (<c>retractTie(id, reason)</c>): each store path
    /// is named by the argument that holds its value, as <paramref name="arguments"/> lists them.
    /// </summary>
    public static GraphQLError ToGraphQLError(GraphRuleException rejection, IReadOnlyDictionary<string, string> arguments) =>
        ToGraphQLError(rejection, path => arguments.GetValueOrDefault(path) ?? WithoutRoot(path));

    private static GraphQLError ToGraphQLError(GraphRuleException rejection, Func<string, string> fieldOf)
    {
        var violations = rejection.Violations;
        var first = violations.Count > 0 ? violations[0] : new RuleViolation(ViolationCodes.Invalid, "$", rejection.Message);
        var message = violations.Count > 1
            ? $"{violations.Count} problems; nothing was written. First: {fieldOf(first.Path)}: {first.Message}."
            : $"{fieldOf(first.Path)}: {first.Message}. Nothing was written.";
        var extensions = new Dictionary<string, object?>
        {
            ["code"] = first.Code,
            ["field"] = fieldOf(first.Path),
            ["violations"] = violations.Select(v => new Dictionary<string, object?>
            {
                ["code"] = v.Code,
                ["field"] = fieldOf(v.Path),
                ["message"] = v.Message,
            }).ToArray(),
        };
        return new GraphQLError(message, null, originalError: rejection, extensions: extensions);
    }

    /// <summary>
    /// Turns a read refused for a fact about the graph (an unknown actor) into a GraphQL error: the store names the
    /// query's field from its root (<c>$.actorIds[1]</c>), which for a read is the argument (<c>actorIds[1]</c>).
    /// </summary>
    public static GraphQLError ToReadError(GraphRuleException rejection)
    {
        var violation = rejection.Violations.Count > 0 ? rejection.Violations[0] : new RuleViolation(ViolationCodes.Invalid, "$", rejection.Message);
        var argument = WithoutRoot(violation.Path);
        var extensions = new Dictionary<string, object?> { ["code"] = violation.Code, ["field"] = argument };
        return new GraphQLError($"{argument}: {violation.Message}.", null, originalError: rejection, extensions: extensions);
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

    private static string WithoutRoot(string path) => path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
}
