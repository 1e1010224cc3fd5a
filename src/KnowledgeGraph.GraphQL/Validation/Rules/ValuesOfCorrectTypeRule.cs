using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every literal value must be valid for the type its position expects: scalars and enums as their
/// literal parsing accepts, lists item by item, input objects with only defined fields, every
/// required field given, and exactly one non-null field for a OneOf input object.
/// See <see href="https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type">Values of Correct Type</see>,
/// <see href="https://spec.graphql.org/October2021/#sec-Input-Object-Field-Names">Input Object Field Names</see>,
/// <see href="https://spec.graphql.org/October2021/#sec-Input-Object-Required-Fields">Input Object Required Fields</see>
/// and <see href="https://spec.graphql.org/draft/#sec-OneOf-Input-Objects-Have-Exactly-One-Field">OneOf Input Objects Have Exactly One Field</see>.
/// </summary>
internal sealed partial class ValuesOfCorrectTypeRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterListValue(ListValueNode node, VisitorContext visit)
    {
        // The type information has already stepped into the item type; the list's own position is the parent.
        if (context.ParentInputType?.GetNullableType() is GraphQLList)
        {
            return VisitorAction.Continue;
        }

        CheckLeafValue(node);
        return VisitorAction.Skip;
    }

    protected override VisitorAction EnterObjectValue(ObjectValueNode node, VisitorContext visit)
    {
        if (context.InputType?.GetNamedType() is not GraphQLInputObjectType type)
        {
            CheckLeafValue(node);
            return VisitorAction.Skip;
        }

        foreach (var field in type.Fields.Values)
        {
            if (field.IsRequired() && LastFieldNamed(node, field.Name) is null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{type.Name}.{field.Name}\" of required type \"{field.Type}\" was not provided.",
                    node));
            }
        }

        if (type.IsOneOf)
        {
            CheckOneOf(node, type);
        }

        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterObjectField(ObjectFieldNode node, VisitorContext visit)
    {
        if (context.InputType is null && context.ParentInputType?.GetNamedType() is GraphQLInputObjectType parentType)
        {
            var suggestions = context.HideSuggestions ? [] : SuggestionList.Suggest(node.Name.Value, parentType.Fields.Keys);
            context.ReportError(new GraphQLError(
                $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + SuggestionList.DidYouMean(suggestions),
                node));
        }

        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterNullValue(NullValueNode node, VisitorContext visit)
    {
        if (context.InputType is GraphQLNonNull type)
        {
            context.ReportError(new GraphQLError($"Expected value of type \"{type}\", found null.", node));
        }

        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterEnumValue(EnumValueNode node, VisitorContext visit) => CheckLeafValue(node);

    protected override VisitorAction EnterIntValue(IntValueNode node, VisitorContext visit) => CheckLeafValue(node);

    protected override VisitorAction EnterFloatValue(FloatValueNode node, VisitorContext visit) => CheckLeafValue(node);

    protected override VisitorAction EnterStringValue(StringValueNode node, VisitorContext visit) => CheckLeafValue(node);

    protected override VisitorAction EnterBooleanValue(BooleanValueNode node, VisitorContext visit) => CheckLeafValue(node);

    /// <summary>The last field of an object value with the given name (graphql-js keys them by name), or null.</summary>
    private static ObjectFieldNode? LastFieldNamed(ObjectValueNode node, string name)
    {
        var fields = node.Fields;
        for (var i = fields.Count - 1; i >= 0; i--)
        {
            if (string.Equals(fields[i].Name.Value, name, StringComparison.Ordinal))
            {
                return fields[i];
            }
        }

        return null;
    }
}
