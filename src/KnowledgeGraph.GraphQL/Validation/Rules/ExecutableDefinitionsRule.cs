using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A document given for execution may only contain operations and fragments, no type system
/// definitions or extensions.
/// See <see href="https://spec.graphql.org/October2021/#sec-Executable-Definitions">Executable Definitions</see>.
/// </summary>
internal sealed class ExecutableDefinitionsRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterDocument(DocumentNode node, VisitorContext visit)
    {
        foreach (var definition in node.Definitions)
        {
            if (definition is IExecutableDefinitionNode)
            {
                continue;
            }

            var definitionName = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                ITypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                ITypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                _ => "\"" + definition.Kind + "\"",
            };
            context.ReportError(new GraphQLError($"The {definitionName} definition is not executable.", definition));
        }

        return VisitorAction.Skip;
    }
}
