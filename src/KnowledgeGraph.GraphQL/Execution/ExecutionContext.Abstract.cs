using System.Text.Json;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

internal sealed partial class ExecutionContext
{
    /// <summary>graphql-js's <c>completeAbstractValue</c>: finds the runtime object type, then completes as that type.</summary>
    private bool CompleteAbstract(
        GraphQLNamedType abstractType,
        in ResolveFieldContext field,
        ResultNode container,
        int index,
        object value,
        bool nonNull)
    {
        string? typeName;
        try
        {
            var resolveType = abstractType is GraphQLInterfaceType iface ? iface.ResolveType : ((GraphQLUnionType)abstractType).ResolveType;
            typeName = resolveType is null ? DefaultResolveType(value, in field, abstractType) : resolveType(value, field, abstractType);
        }
        catch (Exception error) when (!IsAbort(error))
        {
            return Fail(error, in field, container, index);
        }

        var runtimeType = ValidRuntimeType(typeName, abstractType, in field, out var invalid);
        return runtimeType is null
            ? Fail(invalid!, in field, container, index)
            : CompleteObject(runtimeType, in field, container, index, value, nonNull);
    }

    // graphql-js's ensureValidRuntimeType, with its messages.
    private GraphQLObjectType? ValidRuntimeType(
        string? typeName,
        GraphQLNamedType abstractType,
        in ResolveFieldContext field,
        out GraphQLError? error)
    {
        error = null;
        if (typeName is null)
        {
            error = new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.ParentType.Name}.{field.FieldName}\". Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                field.Plan.Nodes);
            return null;
        }

        switch (Schema.GetType(typeName))
        {
            case null:
                error = new GraphQLError(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.",
                    field.Plan.Nodes);
                return null;
            case GraphQLObjectType runtimeType when Schema.IsSubType(abstractType, runtimeType):
                return runtimeType;
            case GraphQLObjectType runtimeType:
                error = new GraphQLError(
                    $"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".",
                    field.Plan.Nodes);
                return null;
            default:
                error = new GraphQLError(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".",
                    field.Plan.Nodes);
                return null;
        }
    }

    /// <summary>graphql-js's <c>defaultTypeResolver</c>: a <c>__typename</c> entry of the value, else the first possible type whose <c>isTypeOf</c> accepts it.</summary>
    private string? DefaultResolveType(object value, in ResolveFieldContext field, GraphQLNamedType abstractType)
    {
        if (InputValues.IsObject(value) && InputValues.TryGetEntry(value, "__typename", out var typeName))
        {
            if (JsValue.Primitive(typeName is JsonElement json ? JsonValues.Unwrap(json) : typeName) is string name)
            {
                return name;
            }
        }

        foreach (var type in Schema.GetPossibleTypes(abstractType))
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, field))
            {
                return type.Name;
            }
        }

        return null;
    }
}
