using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Utilities;

internal sealed partial class SdlValidator
{
    // Checks in graphql-js's order: the uniqueness rules on entering the type, then its children.
    private void CheckTypeMembers(INode node, string typeName, IReadOnlyList<DirectiveNode> directives)
    {
        var (interfaces, fields, inputFields, values, members) = Members(node);
        CheckEnumValueNames(typeName, values);
        CheckFieldNames(typeName, fields.Select(f => f.Name).Concat(inputFields.Select(f => f.Name)));
        foreach (var field in fields)
        {
            CheckArgumentNames($"{typeName}.{field.Name.Value}", field.Arguments);
        }

        if (!_typeDirectives.TryGetValue(typeName, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            _typeDirectives[typeName] = seen;
        }

        CheckUniqueDirectives(directives, seen);
        foreach (var iface in interfaces)
        {
            CheckNamedType(iface, isSdl: true);
        }

        CheckDirectiveApplications(directives, TypeLocation(node.Kind));
        foreach (var field in fields)
        {
            CheckUniqueDirectives(field.Directives, []);
            foreach (var argument in field.Arguments)
            {
                CheckInputValue(argument, DirectiveLocation.ArgumentDefinition);
            }

            CheckTypeReference(field.Type);
            CheckDirectiveApplications(field.Directives, DirectiveLocation.FieldDefinition);
        }

        foreach (var value in values)
        {
            CheckDirectives(value.Directives, DirectiveLocation.EnumValue, []);
        }

        foreach (var member in members)
        {
            CheckNamedType(member, isSdl: true);
        }

        // graphql-js tells input fields from arguments by the parent being an input object definition,
        // so fields added by an extension count as arguments.
        var inputFieldLocation = node.Kind == NodeKind.InputObjectTypeDefinition
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition;
        foreach (var inputField in inputFields)
        {
            CheckInputValue(inputField, inputFieldLocation);
        }
    }

    private void CheckInputValue(InputValueDefinitionNode value, DirectiveLocation location)
    {
        CheckUniqueDirectives(value.Directives, []);
        CheckTypeReference(value.Type);
        if (value.DefaultValue is { } defaultValue)
        {
            CheckInputFieldNames(defaultValue);
        }

        CheckDirectiveApplications(value.Directives, location);
    }

    private void CheckFieldNames(string typeName, IEnumerable<NameNode> names)
    {
        if (!_knownFieldNames.TryGetValue(typeName, out var known))
        {
            known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownFieldNames[typeName] = known;
        }

        foreach (var name in names)
        {
            if (known.TryGetValue(name.Value, out var existing))
            {
                Report($"Field \"{typeName}.{name.Value}\" can only be defined once.", existing, name);
            }
            else
            {
                known[name.Value] = name;
            }
        }
    }

    private void CheckEnumValueNames(string typeName, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        if (!_knownEnumValueNames.TryGetValue(typeName, out var known))
        {
            known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            _knownEnumValueNames[typeName] = known;
        }

        foreach (var value in values)
        {
            if (known.TryGetValue(value.Name.Value, out var existing))
            {
                Report($"Enum value \"{typeName}.{value.Name.Value}\" can only be defined once.", existing, value.Name);
            }
            else
            {
                known[value.Name.Value] = value.Name;
            }
        }
    }

    private void CheckArgumentNames(string parentName, IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
        {
            var nodes = group.Select(a => (INode)a.Name).ToArray();
            if (nodes.Length > 1)
            {
                Report($"Argument \"{parentName}({group.Key}:)\" can only be defined once.", nodes);
            }
        }
    }

    private void CheckInputFieldNames(IValueNode value)
    {
        switch (value)
        {
            case ObjectValueNode obj:
                var known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
                foreach (var field in obj.Fields)
                {
                    if (known.TryGetValue(field.Name.Value, out var existing))
                    {
                        Report($"There can be only one input field named \"{field.Name.Value}\".", existing, field.Name);
                    }
                    else
                    {
                        known[field.Name.Value] = field.Name;
                    }

                    CheckInputFieldNames(field.Value);
                }

                break;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    CheckInputFieldNames(item);
                }

                break;
        }
    }

    private static (IReadOnlyList<NamedTypeNode> Interfaces, IReadOnlyList<FieldDefinitionNode> Fields,
        IReadOnlyList<InputValueDefinitionNode> InputFields, IReadOnlyList<EnumValueDefinitionNode> Values,
        IReadOnlyList<NamedTypeNode> Members) Members(INode node) => node switch
    {
        ObjectTypeDefinitionNode d => (d.Interfaces, d.Fields, [], [], []),
        ObjectTypeExtensionNode e => (e.Interfaces, e.Fields, [], [], []),
        InterfaceTypeDefinitionNode d => (d.Interfaces, d.Fields, [], [], []),
        InterfaceTypeExtensionNode e => (e.Interfaces, e.Fields, [], [], []),
        InputObjectTypeDefinitionNode d => ([], [], d.Fields, [], []),
        InputObjectTypeExtensionNode e => ([], [], e.Fields, [], []),
        EnumTypeDefinitionNode d => ([], [], [], d.Values, []),
        EnumTypeExtensionNode e => ([], [], [], e.Values, []),
        UnionTypeDefinitionNode d => ([], [], [], [], d.Types),
        UnionTypeExtensionNode e => ([], [], [], [], e.Types),
        _ => ([], [], [], [], []),
    };

    private static DirectiveLocation TypeLocation(NodeKind kind) => kind switch
    {
        NodeKind.ScalarTypeDefinition or NodeKind.ScalarTypeExtension => DirectiveLocation.Scalar,
        NodeKind.ObjectTypeDefinition or NodeKind.ObjectTypeExtension => DirectiveLocation.Object,
        NodeKind.InterfaceTypeDefinition or NodeKind.InterfaceTypeExtension => DirectiveLocation.Interface,
        NodeKind.UnionTypeDefinition or NodeKind.UnionTypeExtension => DirectiveLocation.Union,
        NodeKind.EnumTypeDefinition or NodeKind.EnumTypeExtension => DirectiveLocation.Enum,
        _ => DirectiveLocation.InputObject,
    };
}
