using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A field of a scalar or enum type must not have a selection set, and a field of an object, interface
/// or union type must have one that selects at least one field.
/// See <see href="https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections">Leaf Field Selections</see>.
/// </summary>
internal sealed class ScalarLeafsRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterField(FieldNode node, VisitorContext visit)
    {
        if (context.Type is not { } type)
        {
            return VisitorAction.Continue;
        }

        var selectionSet = node.SelectionSet;
        var fieldName = node.Name.Value;
        if (type.GetNamedType().IsLeafType())
        {
            if (selectionSet is not null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.",
                    selectionSet));
            }
        }
        else if (selectionSet is null)
        {
            context.ReportError(new GraphQLError(
                $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?",
                node));
        }
        else if (selectionSet.Selections.Count == 0)
        {
            context.ReportError(new GraphQLError(
                $"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.",
                node));
        }

        return VisitorAction.Continue;
    }
}
