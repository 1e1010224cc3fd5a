using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Leaf literals and OneOf input objects.</summary>
internal sealed partial class ValuesOfCorrectTypeRule
{
    /// <summary>
    /// Checks a literal against the leaf type its position expects by parsing it as the type would
    /// (a scalar's or enum's literal parsing throws for a value it cannot represent); a non-leaf type
    /// means the literal is of the wrong shape altogether.
    /// </summary>
    private VisitorAction CheckLeafValue(IValueNode node)
    {
        if (context.InputType is not { } locationType)
        {
            return VisitorAction.Continue;
        }

        try
        {
            switch (locationType.GetNamedType())
            {
                case GraphQLEnumType enumType:
                    enumType.ParseLiteral(node, context.HideSuggestions);
                    break;
                case GraphQLScalarType scalarType:
                    scalarType.ParseLiteral(node);
                    break;
                default:
                    context.ReportError(new GraphQLError(
                        $"Expected value of type \"{locationType}\", found {Printer.Print(node)}.",
                        node));
                    break;
            }
        }
        catch (GraphQLError error)
        {
            context.ReportError(error);
        }
        catch (Exception error) when (error is not ValidationAbortedException)
        {
            context.ReportError(new GraphQLError(
                $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {error.Message}",
                [node],
                originalError: error));
        }

        return VisitorAction.Continue;
    }

    private void CheckOneOf(ObjectValueNode node, GraphQLInputObjectType type)
    {
        var fields = node.Fields;
        var first = fields.Count > 0 ? fields[0].Name.Value : null;
        for (var i = 1; i < fields.Count; i++)
        {
            if (!string.Equals(fields[i].Name.Value, first, StringComparison.Ordinal))
            {
                first = null;
                break;
            }
        }

        // Every field carries the same name: graphql-js keys fields by name, so that is one key.
        if (first is null)
        {
            context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [node]));
            return;
        }

        if (fields[^1].Value.Kind == NodeKind.NullValue)
        {
            context.ReportError(new GraphQLError($"Field \"{type.Name}.{first}\" must be non-null.", [node]));
        }
    }
}
