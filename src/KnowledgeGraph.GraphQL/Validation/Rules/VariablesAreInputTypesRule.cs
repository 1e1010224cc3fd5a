using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A variable's type must be an input type: a scalar, an enum, an input object, or a list or non-null
/// wrapper of one.
/// See <see href="https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types">Variables Are Input Types</see>.
/// </summary>
internal sealed class VariablesAreInputTypesRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext visit)
    {
        // The wrappers do not change the answer, so only the named type is looked up; unknown types are
        // left to KnownTypeNamesRule.
        if (context.Schema.GetType(NamedTypeOf(node.Type).Name.Value) is { } type && !type.IsInputType())
        {
            context.ReportError(new GraphQLError(
                $"Variable \"${node.Variable.Name.Value}\" cannot be non-input type \"{Printer.Print(node.Type)}\".",
                node.Type));
        }

        return VisitorAction.Continue;
    }

    private static NamedTypeNode NamedTypeOf(ITypeNode type)
    {
        while (true)
        {
            switch (type)
            {
                case ListTypeNode list:
                    type = list.Type;
                    break;
                case NonNullTypeNode nonNull:
                    type = nonNull.Type;
                    break;
                default:
                    return (NamedTypeNode)type;
            }
        }
    }
}
