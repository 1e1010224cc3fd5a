using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// A schema: the root operation types, every type reachable from them (collected in graphql-js's
/// order, which printing and introspection reproduce) and the directives. Build one from SDL with
/// <see cref="Utilities.SchemaBuilder"/>, which also validates it.
/// </summary>
public sealed partial class GraphQLSchema
{
    private readonly Dictionary<string, GraphQLNamedType> _typesByName;
    private readonly Dictionary<string, (List<GraphQLObjectType> Objects, List<GraphQLInterfaceType> Interfaces)> _implementations;
    private readonly ConcurrentDictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);

    /// <summary>Creates a schema; <paramref name="directives"/> defaults to the specified directives.</summary>
    /// <exception cref="InvalidOperationException">When two different types share a name.</exception>
    public GraphQLSchema(
        GraphQLObjectType? query,
        GraphQLObjectType? mutation = null,
        GraphQLObjectType? subscription = null,
        IEnumerable<GraphQLNamedType>? types = null,
        IEnumerable<GraphQLDirective>? directives = null,
        string? description = null,
        SchemaDefinitionNode? astNode = null,
        IReadOnlyList<SchemaExtensionNode>? extensionAstNodes = null)
    {
        QueryType = query;
        MutationType = mutation;
        SubscriptionType = subscription;
        Directives = directives is null ? GraphQLDirective.SpecifiedDirectives : [.. directives];
        Description = description;
        AstNode = astNode;
        ExtensionAstNodes = extensionAstNodes ?? [];

        var collected = CollectTypes(types);
        _typesByName = new Dictionary<string, GraphQLNamedType>(collected.Count, StringComparer.Ordinal);
        var typeMap = new OrderedDictionary<string, GraphQLNamedType>(collected.Count, StringComparer.Ordinal);
        _implementations = new(StringComparer.Ordinal);
        foreach (var type in collected)
        {
            if (!_typesByName.TryAdd(type.Name, type))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            typeMap.Add(type.Name, type);
            RecordImplementations(type);
        }

        TypeMap = typeMap;
    }

    /// <summary>The query root type, or null (which schema validation reports).</summary>
    public GraphQLObjectType? QueryType { get; }

    /// <summary>The mutation root type, or null.</summary>
    public GraphQLObjectType? MutationType { get; }

    /// <summary>The subscription root type, or null.</summary>
    public GraphQLObjectType? SubscriptionType { get; }

    /// <summary>Every named type by name, in graphql-js's collection order (introspection types included).</summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap { get; }

    /// <summary>The directives, in definition order.</summary>
    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>The schema's description, or null.</summary>
    public string? Description { get; }

    /// <summary>The SDL schema definition, or null.</summary>
    public SchemaDefinitionNode? AstNode { get; }

    /// <summary>The SDL schema extensions.</summary>
    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; }

    /// <summary>The type with the given name, or null.</summary>
    public GraphQLNamedType? GetType(string name) => _typesByName.GetValueOrDefault(name);

    /// <summary>The root type for an operation kind, or null when the schema has none.</summary>
    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The directive with the given name, or null.</summary>
    public GraphQLDirective? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (string.Equals(directive.Name, name, StringComparison.Ordinal))
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>The object types a value of an abstract (interface or union) type may have at runtime.</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(GraphQLNamedType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLInterfaceType iface => GetImplementations(iface).Objects,
        _ => throw new ArgumentException($"Expected an abstract type but got {abstractType}.", nameof(abstractType)),
    };

    /// <summary>The object and interface types that implement an interface, in type map order.</summary>
    public (IReadOnlyList<GraphQLObjectType> Objects, IReadOnlyList<GraphQLInterfaceType> Interfaces) GetImplementations(
        GraphQLInterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _implementations.TryGetValue(interfaceType.Name, out var found) ? (found.Objects, found.Interfaces) : ([], []);
    }

    /// <summary>Whether <paramref name="maybeSubType"/> is a member (union) or an implementation (interface) of <paramref name="abstractType"/>.</summary>
    public bool IsSubType(GraphQLNamedType abstractType, GraphQLNamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        return _subTypes.GetOrAdd(abstractType.Name, static (_, state) => state.Schema.BuildSubTypeNames(state.Type), (Schema: this, Type: abstractType))
            .Contains(maybeSubType.Name);
    }

    private HashSet<string> BuildSubTypeNames(GraphQLNamedType abstractType)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (abstractType is GraphQLUnionType union)
        {
            names.UnionWith(union.Types.Select(t => t.Name));
        }
        else if (abstractType is GraphQLInterfaceType iface)
        {
            var (objects, interfaces) = GetImplementations(iface);
            names.UnionWith(objects.Select(t => t.Name));
            names.UnionWith(interfaces.Select(t => t.Name));
        }

        return names;
    }

    private void RecordImplementations(GraphQLNamedType type)
    {
        if (type is not GraphQLImplementingType implementing)
        {
            return;
        }

        foreach (var iface in implementing.Interfaces)
        {
            if (!_implementations.TryGetValue(iface.Name, out var entry))
            {
                entry = ([], []);
                _implementations[iface.Name] = entry;
            }

            if (type is GraphQLObjectType obj)
            {
                entry.Objects.Add(obj);
            }
            else
            {
                entry.Interfaces.Add((GraphQLInterfaceType)type);
            }
        }
    }
}
