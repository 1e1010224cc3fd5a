using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// An anonymous operation (the query shorthand included) must be the only operation in its document.
/// See <see href="https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation">Lone Anonymous Operation</see>.
/// </summary>
internal sealed class LoneAnonymousOperationRule(ValidationContext context) : ASTVisitor
{
    private int _operationCount;

    protected override VisitorAction EnterDocument(DocumentNode node, VisitorContext visit)
    {
        _operationCount = 0;
        foreach (var definition in node.Definitions)
        {
            if (definition.Kind == NodeKind.OperationDefinition)
            {
                _operationCount++;
            }
        }

        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        if (node.Name is null && _operationCount > 1)
        {
            context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", node));
        }

        return VisitorAction.Continue;
    }
}
