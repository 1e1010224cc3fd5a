using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
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
