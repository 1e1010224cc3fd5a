using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js 16's <c>printSchema</c>: the SDL of a schema without the specified scalars, directives and
/// introspection types, byte for byte as graphql-js prints it, so the schema can be downloaded and
/// compared with the one it was built from.
/// </summary>
public static class SchemaPrinter
{
    /// <summary>Prints the schema's SDL.</summary>
    public static string PrintSchema(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !GraphQLDirective.IsSpecifiedDirective(d)).Select(PrintDirective));
        parts.AddRange(schema.TypeMap.Values
            .Where(t => !SpecifiedScalars.IsSpecifiedScalarType(t) && !Introspection.IsIntrospectionType(t))
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    private static string? PrintSchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && IsSchemaOfCommonNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is { } query)
        {
            operationTypes.Add("  query: " + query.Name);
        }

        if (schema.MutationType is { } mutation)
        {
            operationTypes.Add("  mutation: " + mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operationTypes.Add("  subscription: " + subscription.Name);
        }

        return PrintDescription(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool IsSchemaOfCommonNames(GraphQLSchema schema) =>
        schema.QueryType is null or { Name: "Query" }
        && schema.MutationType is null or { Name: "Mutation" }
        && schema.SubscriptionType is null or { Name: "Subscription" };

    private static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => PrintDescription(scalar.Description) + "scalar " + scalar.Name + PrintSpecifiedByUrl(scalar),
        GraphQLObjectType obj => PrintDescription(obj.Description) + "type " + obj.Name + PrintImplementedInterfaces(obj) + PrintFields(obj),
        GraphQLInterfaceType iface => PrintDescription(iface.Description) + "interface " + iface.Name + PrintImplementedInterfaces(iface) + PrintFields(iface),
        GraphQLUnionType union => PrintDescription(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        GraphQLEnumType enumType => PrintDescription(enumType.Description) + "enum " + enumType.Name + PrintBlock(
            enumType.Values.Select((v, i) => PrintDescription(v.Description, "  ", i == 0) + "  " + v.Name + PrintDeprecated(v.DeprecationReason))),
        GraphQLInputObjectType input => PrintDescription(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : string.Empty)
            + PrintBlock(input.Fields.Values.Select((f, i) => PrintDescription(f.Description, "  ", i == 0) + "  " + PrintInputValue(f))),
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    private static string PrintImplementedInterfaces(GraphQLImplementingType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string PrintFields(GraphQLImplementingType type) => PrintBlock(type.Fields.Values.Select((f, i) =>
        PrintDescription(f.Description, "  ", i == 0) + "  " + f.Name + PrintArgs(f.Args, "  ") + ": " + f.Type
        + PrintDeprecated(f.DeprecationReason)));

    private static string PrintBlock(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count > 0 ? " {\n" + string.Join("\n", list) + "\n}" : string.Empty;
    }

    private static string PrintArgs(IReadOnlyList<GraphQLArgument> args, string indentation = "")
    {
        if (args.Count == 0)
        {
            return string.Empty;
        }

        // Arguments without descriptions go on one line.
        if (args.All(a => string.IsNullOrEmpty(a.Description)))
        {
            return "(" + string.Join(", ", args.Select(PrintInputValue)) + ")";
        }

        var lines = args.Select((a, i) => PrintDescription(a.Description, "  " + indentation, i == 0) + "  " + indentation + PrintInputValue(a));
        return "(\n" + string.Join("\n", lines) + "\n" + indentation + ")";
    }

    private static string PrintInputValue(IInputValueDefinition value)
    {
        var declaration = new StringBuilder(value.Name).Append(": ").Append(value.Type);
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal)
        {
            declaration.Append(" = ").Append(Printer.Print(literal));
        }

        return declaration.Append(PrintDeprecated(value.DeprecationReason)).ToString();
    }

    private static string PrintDirective(GraphQLDirective directive) =>
        PrintDescription(directive.Description) + "directive @" + directive.Name + PrintArgs(directive.Args)
        + PrintDeprecated(directive.DeprecationReason)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + string.Join(" | ", directive.Locations);

    private static string PrintDeprecated(string? reason) => reason switch
    {
        null => string.Empty,
        GraphQLDirective.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.Print(new StringValueNode { Value = reason }) + ")",
    };

    private static string PrintSpecifiedByUrl(GraphQLScalarType scalar) => scalar.SpecifiedByUrl is { } url
        ? " @specifiedBy(url: " + Printer.Print(new StringValueNode { Value = url }) + ")"
        : string.Empty;

    private static string PrintDescription(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var block = Printer.Print(new StringValueNode { Value = description, Block = BlockStrings.IsPrintableAsBlockString(description) });
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
