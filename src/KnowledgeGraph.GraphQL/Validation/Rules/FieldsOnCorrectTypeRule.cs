using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every field selected must be defined on the type it is selected on (<c>__typename</c> on any
/// object, interface or union). An error suggests the types that do define the field, else fields
/// with similar names.
/// See <see href="https://spec.graphql.org/October2021/#sec-Field-Selections">Field Selections</see>.
/// </summary>
internal sealed class FieldsOnCorrectTypeRule(ValidationContext context) : ASTVisitor
{
    protected override VisitorAction EnterField(FieldNode node, VisitorContext visit)
    {
        if (context.ParentType is not { } type || context.FieldDefinition is not null)
        {
            return VisitorAction.Continue;
        }

        var fieldName = node.Name.Value;
        var suggestion = SuggestionList.DidYouMean(
            context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema, type, fieldName),
            "to use an inline fragment on");

        // No type defines the field: perhaps the name is a typo.
        if (suggestion.Length == 0 && !context.HideSuggestions)
        {
            suggestion = SuggestionList.DidYouMean(SuggestedFieldNames(type, fieldName));
        }

        context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, node));
        return VisitorAction.Continue;
    }

    /// <summary>
    /// The possible types of an abstract type that define the field, and the interfaces among theirs
    /// that do: the most used first, then super types before their subtypes, then by name.
    /// </summary>
    private static List<string> SuggestedTypeNames(GraphQLSchema schema, GraphQLNamedType type, string fieldName)
    {
        if (!type.IsAbstractType())
        {
            return [];
        }

        var suggestedTypes = new List<GraphQLImplementingType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            AddOnce(suggestedTypes, possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }

                AddOnce(suggestedTypes, possibleInterface);
                usageCount[possibleInterface.Name] = usageCount.GetValueOrDefault(possibleInterface.Name) + 1;
            }
        }

        JsArraySort.Sort(suggestedTypes, (typeA, typeB) =>
        {
            var usageCountDiff = usageCount[typeB.Name] - usageCount[typeA.Name];
            if (usageCountDiff != 0)
            {
                return usageCountDiff;
            }

            if (typeA is GraphQLInterfaceType && schema.IsSubType(typeA, typeB))
            {
                return -1;
            }

            if (typeB is GraphQLInterfaceType && schema.IsSubType(typeB, typeA))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
        });
        return suggestedTypes.ConvertAll(static suggested => suggested.Name);
    }

    private static IReadOnlyList<string> SuggestedFieldNames(GraphQLNamedType type, string fieldName) =>
        type is GraphQLImplementingType implementing ? SuggestionList.Suggest(fieldName, implementing.Fields.Keys) : [];

    private static void AddOnce(List<GraphQLImplementingType> types, GraphQLImplementingType type)
    {
        if (!types.Contains(type))
        {
            types.Add(type);
        }
    }
}
