namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Printing schema, type and directive definitions.</summary>
public static partial class Printer
{
    private static string PrintTypeSystem(INode node) => node switch
    {
        SchemaDefinitionNode schema => Described(
            schema.Description, ["schema", Directives(schema.Directives), Block(PrintAll(schema.OperationTypes))]),
        OperationTypeDefinitionNode operationType => operationType.Operation.ToKeyword() + ": " + Print(operationType.Type),
        ScalarTypeDefinitionNode scalar => Described(
            scalar.Description, ["scalar", Print(scalar.Name), Directives(scalar.Directives)]),
        ObjectTypeDefinitionNode obj => Described(
            obj.Description,
            ["type", Print(obj.Name), Interfaces(obj.Interfaces), Directives(obj.Directives), Block(PrintAll(obj.Fields))]),
        FieldDefinitionNode field => Join(
        [
            Description(field.Description),
            Print(field.Name),
            ArgumentDefinitions(field.Arguments),
            ": ",
            Print(field.Type),
            Wrap(" ", Directives(field.Directives)),
        ]),
        InputValueDefinitionNode input => Join(
        [
            Description(input.Description),
            Print(input.Name),
            ": ",
            Print(input.Type),
            Wrap(" = ", PrintOptional(input.DefaultValue)),
            Wrap(" ", Directives(input.Directives)),
        ]),
        InterfaceTypeDefinitionNode iface => Described(
            iface.Description,
            ["interface", Print(iface.Name), Interfaces(iface.Interfaces), Directives(iface.Directives), Block(PrintAll(iface.Fields))]),
        UnionTypeDefinitionNode union => Described(
            union.Description, ["union", Print(union.Name), Directives(union.Directives), UnionMembers(union.Types)]),
        EnumTypeDefinitionNode enumType => Described(
            enumType.Description, ["enum", Print(enumType.Name), Directives(enumType.Directives), Block(PrintAll(enumType.Values))]),
        EnumValueDefinitionNode enumValue => Described(
            enumValue.Description, [Print(enumValue.Name), Directives(enumValue.Directives)]),
        InputObjectTypeDefinitionNode input => Described(
            input.Description, ["input", Print(input.Name), Directives(input.Directives), Block(PrintAll(input.Fields))]),
        DirectiveDefinitionNode directive => Join(
        [
            Description(directive.Description),
            "directive @",
            Print(directive.Name),
            ArgumentDefinitions(directive.Arguments),
            directive.Repeatable ? " repeatable" : string.Empty,
            " on ",
            Join(PrintAll(directive.Locations), " | "),
        ]),
        _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
    };

    private static string PrintExtension(INode node) => node switch
    {
        SchemaExtensionNode schema => Join(
            ["extend schema", Directives(schema.Directives), Block(PrintAll(schema.OperationTypes))], " "),
        ScalarTypeExtensionNode scalar => Join(["extend scalar", Print(scalar.Name), Directives(scalar.Directives)], " "),
        ObjectTypeExtensionNode obj => Join(
            ["extend type", Print(obj.Name), Interfaces(obj.Interfaces), Directives(obj.Directives), Block(PrintAll(obj.Fields))],
            " "),
        InterfaceTypeExtensionNode iface => Join(
            ["extend interface", Print(iface.Name), Interfaces(iface.Interfaces), Directives(iface.Directives), Block(PrintAll(iface.Fields))],
            " "),
        UnionTypeExtensionNode union => Join(
            ["extend union", Print(union.Name), Directives(union.Directives), UnionMembers(union.Types)], " "),
        EnumTypeExtensionNode enumType => Join(
            ["extend enum", Print(enumType.Name), Directives(enumType.Directives), Block(PrintAll(enumType.Values))], " "),
        InputObjectTypeExtensionNode input => Join(
            ["extend input", Print(input.Name), Directives(input.Directives), Block(PrintAll(input.Fields))], " "),
        _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
    };

    /// <summary>A definition's description on its own line, then its parts separated by spaces.</summary>
    private static string Described(StringValueNode? description, string?[] parts) =>
        Join([Description(description), Join(parts, " ")]);

    private static string Interfaces(IReadOnlyList<NamedTypeNode> interfaces) =>
        Wrap("implements ", Join(PrintAll(interfaces), " & "));

    private static string UnionMembers(IReadOnlyList<NamedTypeNode> types) => Wrap("= ", Join(PrintAll(types), " | "));

    /// <summary>Argument definitions on one line, or one per line (indented) when any of them spans lines.</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
