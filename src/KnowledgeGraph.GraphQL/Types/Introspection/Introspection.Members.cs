using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__Field</c>.</summary>
    public static GraphQLObjectType FieldType { get; }

    private static GraphQLObjectType CreateFieldType() => new GraphQLObjectType(
        "__Field",
        static () =>
        [
            new GraphQLField("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Sync(static c => ((GraphQLField)c.Source!).Name)),
            new GraphQLField("description", SpecifiedScalars.String, resolve: Sync(static c => ((GraphQLField)c.Source!).Description)),
            new GraphQLField("args", NonNullListOf(InputValueType), [IncludeDeprecatedArgument()], Sync(static c =>
            {
                var args = ((GraphQLField)c.Source!).Args;
                return IncludeDeprecated(c) ? args : args.Where(a => a.DeprecationReason is null);
            })),
            new GraphQLField("type", new GraphQLNonNull(TypeType), resolve: Sync(static c => ((GraphQLField)c.Source!).Type)),
            new GraphQLField("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Sync(static c => ((GraphQLField)c.Source!).DeprecationReason is not null)),
            new GraphQLField("deprecationReason", SpecifiedScalars.String, resolve: Sync(static c => ((GraphQLField)c.Source!).DeprecationReason)),
        ],
        description: "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.");

    /// <summary><c>__InputValue</c>.</summary>
    public static GraphQLObjectType InputValueType { get; }

    private static GraphQLObjectType CreateInputValueType() => new GraphQLObjectType(
        "__InputValue",
        static () =>
        [
            new GraphQLField("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Sync(static c => ((IInputValueDefinition)c.Source!).Name)),
            new GraphQLField("description", SpecifiedScalars.String, resolve: Sync(static c => ((IInputValueDefinition)c.Source!).Description)),
            new GraphQLField("type", new GraphQLNonNull(TypeType), resolve: Sync(static c => ((IInputValueDefinition)c.Source!).Type)),
            new GraphQLField(
                "defaultValue",
                SpecifiedScalars.String,
                resolve: Sync(static c => PrintDefaultValue((IInputValueDefinition)c.Source!)),
                description: "A GraphQL-formatted string representing the default value for this input value."),
            new GraphQLField("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Sync(static c => ((IInputValueDefinition)c.Source!).DeprecationReason is not null)),
            new GraphQLField("deprecationReason", SpecifiedScalars.String, resolve: Sync(static c => ((IInputValueDefinition)c.Source!).DeprecationReason)),
        ],
        description: "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.");

    /// <summary><c>__EnumValue</c>.</summary>
    public static GraphQLObjectType EnumValueType { get; }

    private static GraphQLObjectType CreateEnumValueType() => new GraphQLObjectType(
        "__EnumValue",
        static () =>
        [
            new GraphQLField("name", new GraphQLNonNull(SpecifiedScalars.String), resolve: Sync(static c => ((GraphQLEnumValue)c.Source!).Name)),
            new GraphQLField("description", SpecifiedScalars.String, resolve: Sync(static c => ((GraphQLEnumValue)c.Source!).Description)),
            new GraphQLField("isDeprecated", new GraphQLNonNull(SpecifiedScalars.Boolean), resolve: Sync(static c => ((GraphQLEnumValue)c.Source!).DeprecationReason is not null)),
            new GraphQLField("deprecationReason", SpecifiedScalars.String, resolve: Sync(static c => ((GraphQLEnumValue)c.Source!).DeprecationReason)),
        ],
        description: "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.");

    private static string? PrintDefaultValue(IInputValueDefinition value) =>
        value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } literal ? Printer.Print(literal) : null;
}
