using System.Collections;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>
    /// graphql-js's <c>completeValue</c>: stores the result value of <paramref name="value"/> as a
    /// <paramref name="type"/> at <paramref name="index"/> of <paramref name="container"/>. Returns false
    /// after reporting an error; the caller then decides, by the position's nullability, whether the
    /// failure stops here or goes up.
    /// </summary>
    private bool CompleteValue(GraphQLType type, in ResolveFieldContext field, ResultNode container, int index, object? value)
    {
        var nonNull = false;
        if (type.Kind == TypeKind.NonNull)
        {
            nonNull = true;
            type = ((GraphQLNonNull)type).OfType;
        }

        if (value is JsonElement json)
        {
            value = JsonValues.Unwrap(json);
        }

        if (value is null)
        {
            container.Set(index, null);
            return !nonNull || Fail(
                new GraphQLError($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.FieldName}."),
                in field,
                container,
                index);
        }

        if (value is Exception error)
        {
            return Fail(error, in field, container, index);
        }

        return type.Kind switch
        {
            TypeKind.Scalar or TypeKind.Enum => CompleteLeaf((GraphQLNamedType)type, in field, container, index, value),
            TypeKind.List => CompleteList((GraphQLList)type, in field, container, index, value, nonNull),
            TypeKind.Object => CompleteObject((GraphQLObjectType)type, in field, container, index, value, nonNull),
            _ => CompleteAbstract((GraphQLNamedType)type, in field, container, index, value, nonNull),
        };
    }

    private bool CompleteLeaf(GraphQLNamedType type, in ResolveFieldContext field, ResultNode container, int index, object value)
    {
        object? serialized;
        try
        {
            serialized = type is GraphQLScalarType scalar ? scalar.Serialize(value) : ((GraphQLEnumType)type).Serialize(value);
        }
        catch (Exception error) when (!IsAbort(error))
        {
            return Fail(error, in field, container, index);
        }

        if (serialized is null)
        {
            return Fail(
                new GraphQLError(
                    $"Expected `{type}.serialize({ValueInspector.Inspect(value)})` to return non-nullable value, returned: {ValueInspector.Inspect(serialized)}"),
                in field,
                container,
                index);
        }

        container.Set(index, serialized);
        return true;
    }

    private bool CompleteList(GraphQLList type, in ResolveFieldContext field, ResultNode container, int index, object value, bool nonNull)
    {
        if (value is string || !(value is IEnumerable || value is JsonElement { ValueKind: JsonValueKind.Array }))
        {
            return Fail(
                new GraphQLError($"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.FieldName}\"."),
                in field,
                container,
                index);
        }

        var itemType = type.OfType;
        try
        {
            switch (value)
            {
                case IList items:
                    var list = new ResultList(container, index, nonNull, items.Count);
                    container.Set(index, list);
                    var leaf = LeafShortcuts.For(itemType);
                    for (var i = 0; i < items.Count; i++)
                    {
                        var item = items[i];
                        if (leaf.StoresAsIs(item))
                        {
                            list.Set(list.AddSlot(), item);
                            continue;
                        }

                        if (!CompleteItem(itemType, in field, list, item))
                        {
                            return false;
                        }
                    }

                    return true;
                case JsonElement array:
                    return CompleteItems(itemType, in field, container, index, nonNull, array.GetArrayLength(), array.EnumerateArray());
                default:
                    return CompleteItems(itemType, in field, container, index, nonNull, 0, (IEnumerable)value);
            }
        }
        catch (Exception error) when (!IsAbort(error))
        {
            // The list itself failed to enumerate: an error of the field, not of an item.
            return Fail(error, in field, container, index);
        }
    }

    private bool CompleteItems(
        GraphQLType itemType,
        in ResolveFieldContext field,
        ResultNode container,
        int index,
        bool nonNull,
        int capacity,
        IEnumerable items)
    {
        var list = new ResultList(container, index, nonNull, capacity);
        container.Set(index, list);
        foreach (var item in items)
        {
            if (!CompleteItem(itemType, in field, list, item))
            {
                return false;
            }
        }

        return true;
    }

    private bool CompleteItem(GraphQLType itemType, in ResolveFieldContext field, ResultList list, object? item)
    {
        var slot = list.AddSlot();
        return Settle(CompleteValue(itemType, in field, list, slot, item), itemType, list, slot);
    }

    private bool CompleteObject(
        GraphQLObjectType type,
        in ResolveFieldContext field,
        ResultNode container,
        int index,
        object value,
        bool nonNull)
    {
        SelectionPlan plan;
        try
        {
            plan = field.Plan.GetSubPlan(type, this);
            if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value, field))
            {
                return Fail(
                    new GraphQLError($"Expected value of type \"{type.Name}\" but got: {ValueInspector.Inspect(value)}.", field.Plan.Nodes),
                    in field,
                    container,
                    index);
            }
        }
        catch (Exception error) when (!IsAbort(error))
        {
            return Fail(error, in field, container, index);
        }

        var result = new ResultObject(plan, container, index, nonNull);
        container.Set(index, result);
        if (ExecuteFields(result, value))
        {
            return true;
        }

        result.IsNulled = true;
        return false;
    }
}
