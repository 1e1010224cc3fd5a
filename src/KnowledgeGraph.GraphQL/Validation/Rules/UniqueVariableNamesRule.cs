using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// An operation must not define two variables with the same name.
/// See <see href="https://spec.graphql.org/October2021/#sec-Variable-Uniqueness">Variable Uniqueness</see>.
/// </summary>
internal sealed class UniqueVariableNamesRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        var repeated = RepeatedNames.Find(node.VariableDefinitions, static definition => definition.Variable.Name);
        if (repeated is not null)
        {
            foreach (var names in repeated)
            {
                context.ReportError(new GraphQLError($"There can be only one variable named \"${names[0].Value}\".", names));
            }
        }

        return VisitorAction.Continue;
    }
}
