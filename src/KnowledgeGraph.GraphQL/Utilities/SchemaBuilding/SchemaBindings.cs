using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>The C# behaviour a <see cref="SchemaBuilder"/> binds to SDL names.</summary>
internal sealed class SchemaBindings(
    IReadOnlyDictionary<string, FieldResolver> resolvers,
    IReadOnlyDictionary<string, ScalarBinding> scalars,
    IReadOnlyDictionary<string, TypeResolver> typeResolvers,
    IReadOnlyDictionary<string, IsTypeOfPredicate> isTypeOf,
    IReadOnlyDictionary<string, EnumBinding> enums)
{
    public IReadOnlyDictionary<string, FieldResolver> Resolvers { get; } = resolvers;

    public IReadOnlyDictionary<string, ScalarBinding> Scalars { get; } = scalars;

    public IReadOnlyDictionary<string, TypeResolver> TypeResolvers { get; } = typeResolvers;

    public IReadOnlyDictionary<string, IsTypeOfPredicate> IsTypeOfPredicates { get; } = isTypeOf;

    public IReadOnlyDictionary<string, EnumBinding> Enums { get; } = enums;

    public FieldResolver? Resolver(string typeName, string fieldName) => Resolvers.GetValueOrDefault(typeName + "." + fieldName);

    public ScalarBinding? Scalar(string name) => Scalars.GetValueOrDefault(name);

    public TypeResolver? TypeResolver(string name) => TypeResolvers.GetValueOrDefault(name);

    public IsTypeOfPredicate? IsTypeOf(string name) => IsTypeOfPredicates.GetValueOrDefault(name);

    public EnumBinding? Enum(string name) => Enums.GetValueOrDefault(name);
}

