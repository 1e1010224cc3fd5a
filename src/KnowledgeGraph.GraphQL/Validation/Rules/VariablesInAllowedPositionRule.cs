using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every variable must be used only where its type fits: the same as or stricter than the type the
/// position expects, nullable only where a default value makes up for it, and non-null in a field of
/// a OneOf input object.
/// See <see href="https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed">All Variable Usages are Allowed</see>
/// and the draft's <see href="https://spec.graphql.org/draft/#sec-All-Variable-Usages-Are-Allowed">OneOf rule</see>.
/// </summary>
internal sealed class VariablesInAllowedPositionRule(ValidationContext context) : ASTVisitor
{
    private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

    protected override VisitorAction EnterOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        _definitions.Clear();
        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext visit)
    {
        _definitions[node.Variable.Name.Value] = node;
        return VisitorAction.Continue;
    }

    protected override VisitorAction LeaveOperationDefinition(OperationDefinitionNode node, VisitorContext visit)
    {
        foreach (var usage in context.GetRecursiveVariableUsages(node))
        {
            var name = usage.Node.Name.Value;
            if (usage.Type is not { } locationType || !_definitions.TryGetValue(name, out var definition))
            {
                continue;
            }

            var variableType = TypeFromAst.Convert(context.Schema, definition.Type);
            if (variableType is not null
                && !IsAllowed(variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                    [definition, usage.Node]));
            }

            // As graphql-js does, a OneOf object at a non-null position (PetInput!) is not checked here.
            if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } parentType
                && variableType is not null and not GraphQLNonNull)
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{parentType.Name}\".",
                    [definition, usage.Node]));
            }
        }

        return VisitorAction.Continue;
    }

    /// <summary>
    /// Whether a variable may be used at a position. A nullable variable may fill a non-null position
    /// only when it or the position has a default value (a non-null one for the variable).
    /// </summary>
    private bool IsAllowed(GraphQLType variableType, IValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
        {
            var hasNonNullVariableDefault = variableDefault is not null && variableDefault.Kind != NodeKind.NullValue;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, nonNullLocation.OfType);
        }

        return TypeComparators.IsTypeSubTypeOf(context.Schema, variableType, locationType);
    }
}
