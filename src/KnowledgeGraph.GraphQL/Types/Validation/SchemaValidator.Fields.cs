using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class SchemaValidator
{
    private sealed partial class Run
    {
        private void ValidateFields(GraphQLImplementingType type)
        {
            if (type.Fields.Count == 0)
            {
                Report($"Type {type.Name} must define one or more fields.", TypeNodes(type));
            }

            foreach (var field in type.Fields.Values)
            {
                ValidateName(field.Name, field.AstNode);
                if (!field.Type.IsOutputType())
                {
                    Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
                }

                foreach (var arg in field.Args)
                {
                    ValidateName(arg.Name, arg.AstNode);
                    if (!arg.Type.IsInputType())
                    {
                        Report(
                            $"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.",
                            arg.AstNode?.Type);
                    }

                    if (arg.IsRequired() && arg.DeprecationReason is not null)
                    {
                        Report(
                            $"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated.",
                            DeprecatedDirectiveNode(arg.AstNode),
                            arg.AstNode?.Type);
                    }
                }
            }
        }

        private void ValidateInterfaces(GraphQLImplementingType type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var iface in type.Interfaces)
            {
                if (ReferenceEquals(type, iface))
                {
                    Report(
                        $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                        ImplementsNodes(type, iface));
                    continue;
                }

                if (!seen.Add(iface.Name))
                {
                    Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                    continue;
                }

                ValidateImplementsAncestors(type, iface);
                ValidateImplementsInterface(type, iface);
            }
        }

        private void ValidateImplementsInterface(GraphQLImplementingType type, GraphQLInterfaceType iface)
        {
            foreach (var ifaceField in iface.Fields.Values)
            {
                var fieldName = ifaceField.Name;
                if (type.GetField(fieldName) is not { } typeField)
                {
                    Report(
                        $"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.",
                        [ifaceField.AstNode, .. TypeNodes(type)]);
                    continue;
                }

                if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                {
                    Report(
                        $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                        ifaceField.AstNode?.Type,
                        typeField.AstNode?.Type);
                }

                foreach (var ifaceArg in ifaceField.Args)
                {
                    var argName = ifaceArg.Name;
                    if (typeField.GetArgument(argName) is not { } typeArg)
                    {
                        Report(
                            $"Interface field argument {iface.Name}.{fieldName}({argName}:) expected but {type.Name}.{fieldName} does not provide it.",
                            ifaceArg.AstNode,
                            typeField.AstNode);
                        continue;
                    }

                    if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                    {
                        Report(
                            $"Interface field argument {iface.Name}.{fieldName}({argName}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({argName}:) is type {typeArg.Type}.",
                            ifaceArg.AstNode?.Type,
                            typeArg.AstNode?.Type);
                    }
                }

                foreach (var typeArg in typeField.Args)
                {
                    if (ifaceField.GetArgument(typeArg.Name) is null && typeArg.IsRequired())
                    {
                        Report(
                            $"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}.",
                            typeArg.AstNode,
                            ifaceField.AstNode);
                    }
                }
            }
        }

        private void ValidateImplementsAncestors(GraphQLImplementingType type, GraphQLInterfaceType iface)
        {
            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Interfaces.Contains(transitive))
                {
                    Report(
                        ReferenceEquals(transitive, type)
                            ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                            : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                        [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
                }
            }
        }

        private static IEnumerable<INode> ImplementsNodes(GraphQLImplementingType type, GraphQLInterfaceType iface) =>
            TypeNodes(type)
                .SelectMany(static node => node switch
                {
                    ObjectTypeDefinitionNode d => d.Interfaces,
                    ObjectTypeExtensionNode e => e.Interfaces,
                    InterfaceTypeDefinitionNode d => d.Interfaces,
                    InterfaceTypeExtensionNode e => e.Interfaces,
                    _ => [],
                })
                .Where(named => named.Name.Value == iface.Name);
    }
}
