using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Runs a visitor with a <see cref="TypeInfo"/> kept in step with the walk, as graphql-js's
/// <c>visitWithTypeInfo</c> does: the type information is updated before a node's enter hook and
/// after its leave hook, and undone at once when the enter hook skips the node.
/// </summary>
/// <param name="typeInfo">The type information to keep in step.</param>
/// <param name="visitor">The visitor to run.</param>
/// <param name="skipsDescriptions">
/// Whether to leave descriptions out of the walk. The specification says descriptions must not
/// affect validation, so graphql-js's <c>validate</c> does not visit them.
/// </param>
internal sealed class TypeInfoVisitor(TypeInfo typeInfo, ASTVisitor visitor, bool skipsDescriptions) : ASTVisitor
{
    public override VisitorAction Enter(INode node, VisitorContext context)
    {
        if (skipsDescriptions && node.Kind == NodeKind.StringValue && IsDescription(node, context.Parent))
        {
            return VisitorAction.Skip;
        }

        typeInfo.Enter(node);
        var action = visitor.Enter(node, context);
        if (action != VisitorAction.Continue)
        {
            typeInfo.Leave(node);
        }

        return action;
    }

    public override VisitorAction Leave(INode node, VisitorContext context)
    {
        var action = visitor.Leave(node, context);
        typeInfo.Leave(node);
        return action;
    }

    private static bool IsDescription(INode node, INode? parent) => parent switch
    {
        OperationDefinitionNode operation => ReferenceEquals(operation.Description, node),
        FragmentDefinitionNode fragment => ReferenceEquals(fragment.Description, node),
        VariableDefinitionNode variable => ReferenceEquals(variable.Description, node),
        ITypeDefinitionNode type => ReferenceEquals(type.Description, node),
        SchemaDefinitionNode schema => ReferenceEquals(schema.Description, node),
        FieldDefinitionNode field => ReferenceEquals(field.Description, node),
        InputValueDefinitionNode inputValue => ReferenceEquals(inputValue.Description, node),
        EnumValueDefinitionNode enumValue => ReferenceEquals(enumValue.Description, node),
        DirectiveDefinitionNode directive => ReferenceEquals(directive.Description, node),
        _ => false,
    };
}
