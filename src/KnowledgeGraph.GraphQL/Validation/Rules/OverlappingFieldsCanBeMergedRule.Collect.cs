using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules.Merging;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Collecting a selection set's fields and spread fragments, cached per selection set and parent type.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    private CollectedFields CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
    {
        var key = new CollectionKey(parentType, selectionSet);
        if (_collectedFields.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var fields = new OrderedResponseMap();
        var fragmentNames = new FragmentNameList();
        CollectFieldsInto(parentType, selectionSet, fields, fragmentNames);
        var collected = new CollectedFields(fields, fragmentNames.ToArray());
        _collectedFields[key] = collected;
        return collected;
    }

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(context.Schema.GetType(fragment.TypeCondition.Name.Value), fragment.SelectionSet);

    private void CollectFieldsInto(
        GraphQLNamedType? parentType,
        SelectionSetNode selectionSet,
        OrderedResponseMap fields,
        FragmentNameList fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    var definition = parentType is GraphQLImplementingType implementing
                        ? implementing.GetField(field.Name.Value)
                        : null;
                    fields.Add(field.Alias?.Value ?? field.Name.Value, new FieldDetails(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? context.Schema.GetType(condition.Name.Value)
                        : parentType;
                    CollectFieldsInto(inlineType, inline.SelectionSet, fields, fragmentNames);
                    break;
            }
        }
    }
}
