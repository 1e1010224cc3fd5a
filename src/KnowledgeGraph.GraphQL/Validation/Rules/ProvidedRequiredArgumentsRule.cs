using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every argument a field or directive requires (non-null and without a default value) must be given.
/// See <see href="https://spec.graphql.org/October2021/#sec-Required-Arguments">Required Arguments</see>.
/// </summary>
/// <remarks>Checked on leaving a field or directive, so errors inside its arguments come first.</remarks>
internal sealed class ProvidedRequiredArgumentsRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction LeaveField(FieldNode node, VisitorContext visit)
    {
        if (context.FieldDefinition is not { } field)
        {
            return VisitorAction.Continue;
        }

        foreach (var argument in field.Args)
        {
            if (argument.IsRequired() && !IsGiven(node.Arguments, argument.Name))
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{field.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                    node));
            }
        }

        return VisitorAction.Continue;
    }

    protected override VisitorAction LeaveDirective(DirectiveNode node, VisitorContext visit)
    {
        var directiveName = node.Name.Value;
        if (context.Directives.Find(directiveName) is not { } directive)
        {
            return VisitorAction.Continue;
        }

        foreach (var (name, type) in directive.RequiredArguments)
        {
            if (!IsGiven(node.Arguments, name))
            {
                context.ReportError(new GraphQLError(
                    $"Directive \"@{directiveName}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                    node));
            }
        }

        return VisitorAction.Continue;
    }

    private static bool IsGiven(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        foreach (var argument in arguments)
        {
            if (string.Equals(argument.Name.Value, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
