using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    /// <summary>Bindings that name nothing in the SDL, or something of the wrong kind.</summary>
    private IEnumerable<string> BindingProblems(SdlDefinitions definitions)
    {
        foreach (var coordinate in _resolvers.Keys)
        {
            if (ResolverProblem(definitions, coordinate) is { } problem)
            {
                yield return problem;
            }
        }

        foreach (var name in _scalars.Keys)
        {
            if (SpecifiedScalars.All.Any(s => s.Name == name))
            {
                yield return $"Scalar binding \"{name}\" names a specified scalar, whose coercion cannot be replaced.";
            }
            else if (definitions.FindType(name) is not ScalarTypeDefinitionNode)
            {
                yield return $"Scalar binding \"{name}\" names no scalar type in the schema.";
            }
        }

        foreach (var name in _typeResolvers.Keys)
        {
            if (definitions.FindType(name) is not (InterfaceTypeDefinitionNode or UnionTypeDefinitionNode))
            {
                yield return $"Type resolver bound to \"{name}\", but the schema has no interface or union type \"{name}\".";
            }
        }

        foreach (var name in _isTypeOf.Keys)
        {
            if (definitions.FindType(name) is not ObjectTypeDefinitionNode)
            {
                yield return $"Type check bound to \"{name}\", but the schema has no object type \"{name}\".";
            }
        }

        foreach (var (name, binding) in _enumBindings)
        {
            if (definitions.FindType(name) is not EnumTypeDefinitionNode enumType)
            {
                yield return $"Enum values bound to \"{name}\", but the schema has no enum type \"{name}\".";
                continue;
            }

            var valueNames = enumType.Values
                .Concat(definitions.ExtensionsOf(name).OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values))
                .Select(v => v.Name.Value)
                .ToList();
            foreach (var problem in binding.Problems(name, valueNames))
            {
                yield return problem;
            }
        }
    }

    private static string? ResolverProblem(SdlDefinitions definitions, string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == coordinate.Length - 1 || coordinate.IndexOf('.', dot + 1) >= 0)
        {
            return $"Resolver coordinate \"{coordinate}\" must have the form \"Type.field\".";
        }

        var typeName = coordinate[..dot];
        var fieldName = coordinate[(dot + 1)..];
        var type = definitions.FindType(typeName);
        if (type is null)
        {
            return $"Resolver bound to \"{coordinate}\", but the schema has no type \"{typeName}\"."
                + SuggestionList.DidYouMean(SuggestionList.Suggest(typeName, definitions.TypeDefinitions.Select(t => t.Name.Value)));
        }

        if (type is not ObjectTypeDefinitionNode)
        {
            return $"Resolver bound to \"{coordinate}\", but \"{typeName}\" is not an object type; only object type fields are resolved.";
        }

        var fieldNames = type is ObjectTypeDefinitionNode obj
            ? obj.Fields.Concat(definitions.ExtensionsOf(typeName).OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields))
                .Select(f => f.Name.Value)
                .ToList()
            : [];
        return fieldNames.Contains(fieldName)
            ? null
            : $"Resolver bound to \"{coordinate}\", but type \"{typeName}\" has no field \"{fieldName}\"."
                + SuggestionList.DidYouMean(SuggestionList.Suggest(fieldName, fieldNames));
    }

    /// <summary>
    /// References of the wrong kind, which graphql-js's <c>validateSchema</c> reports and our typed
    /// schema cannot hold: non-object roots, implemented non-interfaces and non-object union members.
    /// </summary>
    private static List<GraphQLError> KindProblems(SdlDefinitions definitions, RootTypeNames roots)
    {
        var errors = new List<GraphQLError>();
        CheckRoot(definitions, roots, OperationType.Query, roots.Query, "Query root type must be Object type, it cannot be {0}.", errors);
        CheckRoot(definitions, roots, OperationType.Mutation, roots.Mutation, "Mutation root type must be Object type if provided, it cannot be {0}.", errors);
        CheckRoot(definitions, roots, OperationType.Subscription, roots.Subscription, "Subscription root type must be Object type if provided, it cannot be {0}.", errors);
        foreach (var type in definitions.TypeDefinitions)
        {
            var name = type.Name.Value;
            INode[] nodes = [type, .. definitions.ExtensionsOf(name)];
            switch (type)
            {
                case ObjectTypeDefinitionNode or InterfaceTypeDefinitionNode:
                    foreach (var iface in ImplementedNames(nodes).Distinct(StringComparer.Ordinal))
                    {
                        if (KindOf(definitions, iface) is not (null or NodeKind.InterfaceTypeDefinition))
                        {
                            errors.Add(new GraphQLError(
                                $"Type {name} must only implement Interface types, it cannot implement {iface}.",
                                [.. ReferencesTo(nodes, iface)]));
                        }
                    }

                    break;
                case UnionTypeDefinitionNode:
                    foreach (var member in MemberNames(nodes).Distinct(StringComparer.Ordinal))
                    {
                        if (KindOf(definitions, member) is not (null or NodeKind.ObjectTypeDefinition))
                        {
                            errors.Add(new GraphQLError(
                                $"Union type {name} can only include Object types, it cannot include {member}.",
                                [.. ReferencesTo(nodes, member)]));
                        }
                    }

                    break;
            }
        }

        return errors;
    }

    private static void CheckRoot(
        SdlDefinitions definitions,
        RootTypeNames roots,
        OperationType operation,
        string? name,
        string message,
        List<GraphQLError> errors)
    {
        if (name is null || KindOf(definitions, name) is null or NodeKind.ObjectTypeDefinition)
        {
            return;
        }

        INode? node = roots.Nodes.TryGetValue(operation, out var reference) ? reference : definitions.FindType(name);
        errors.Add(new GraphQLError(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, name), node));
    }

    // The kind of definition a name refers to; specified scalars count as scalar definitions, introspection types by their kind.
    private static NodeKind? KindOf(SdlDefinitions definitions, string name)
    {
        if (definitions.FindType(name) is { } type)
        {
            return type.Kind;
        }

        if (SpecifiedScalars.All.Any(s => s.Name == name))
        {
            return NodeKind.ScalarTypeDefinition;
        }

        return Introspection.Types.FirstOrDefault(t => t.Name == name) switch
        {
            GraphQLObjectType => NodeKind.ObjectTypeDefinition,
            GraphQLEnumType => NodeKind.EnumTypeDefinition,
            _ => null,
        };
    }

    private static IEnumerable<string> ImplementedNames(INode[] nodes) => InterfaceReferences(nodes).Select(n => n.Name.Value);

    private static IEnumerable<string> MemberNames(INode[] nodes) => MemberReferences(nodes).Select(n => n.Name.Value);

    private static IEnumerable<INode> ReferencesTo(INode[] nodes, string name) =>
        InterfaceReferences(nodes).Concat(MemberReferences(nodes)).Where(n => n.Name.Value == name);

    private static IEnumerable<NamedTypeNode> InterfaceReferences(INode[] nodes) => nodes.SelectMany(static node => node switch
    {
        ObjectTypeDefinitionNode d => d.Interfaces,
        ObjectTypeExtensionNode e => e.Interfaces,
        InterfaceTypeDefinitionNode d => d.Interfaces,
        InterfaceTypeExtensionNode e => e.Interfaces,
        _ => [],
    });

    private static IEnumerable<NamedTypeNode> MemberReferences(INode[] nodes) => nodes.SelectMany(static node => node switch
    {
        UnionTypeDefinitionNode d => d.Types,
        UnionTypeExtensionNode e => e.Types,
        _ => [],
    });
}
