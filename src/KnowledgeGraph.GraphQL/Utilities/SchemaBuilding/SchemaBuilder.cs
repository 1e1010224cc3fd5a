using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL (graphql-js's <c>buildSchema</c>) and binds C# behaviour to it: resolvers per
/// <c>Type.field</c>, custom scalar coercion, abstract type resolution, CLR types for object types and
/// internal values for enums. <see cref="Build"/> checks the SDL and the bindings and validates the
/// schema, reporting every problem at once in a <see cref="SchemaValidationException"/>.
/// </summary>
/// <example><code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitions(File.ReadAllText("schema.graphql"), "schema.graphql")
///     .AddResolver("Query.actor", context => store.Find(context.GetArgument&lt;string&gt;("id")))
///     .BindEnum&lt;ActorKind&gt;("ActorKind")
///     .Build();
/// </code></example>
public sealed partial class SchemaBuilder
{
    private readonly List<Source> _sources = [];
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarBinding> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IsTypeOfPredicate> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumBinding> _enumBindings = new(StringComparer.Ordinal);

    /// <summary>Adds SDL; several sources are combined as one document.</summary>
    /// <param name="sdl">The SDL text.</param>
    /// <param name="sourceName">The name error locations refer to, e.g. the file name.</param>
    public SchemaBuilder AddTypeDefinitions(string sdl, string sourceName = "schema.graphql")
    {
        _sources.Add(new Source(sdl, sourceName));
        return this;
    }

    /// <summary>Adds the SDL of a <c>.graphql</c> file; errors name the file.</summary>
    public SchemaBuilder AddTypeDefinitionsFromFile(string path) => AddTypeDefinitions(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Binds an asynchronous resolver to a field, named by its coordinate <c>Type.field</c>.</summary>
    public SchemaBuilder AddResolver(string coordinate, FieldResolver resolve)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        ArgumentNullException.ThrowIfNull(resolve);
        _resolvers[coordinate] = resolve;
        return this;
    }

    /// <summary>
    /// Binds a synchronous resolver to a field, named by its coordinate <c>Type.field</c>. A returned
    /// <see cref="Task"/> is awaited, as graphql-js awaits a returned promise.
    /// </summary>
    public SchemaBuilder AddResolver(string coordinate, Func<ResolveFieldContext, object?> resolve)
    {
        ArgumentNullException.ThrowIfNull(resolve);
        return AddResolver(coordinate, context => TaskValues.Resolve(resolve(context)));
    }

    /// <summary>
    /// Gives a custom scalar its coercion. Each function throws (ideally a <see cref="Errors.GraphQLError"/>)
    /// for a value it cannot represent; <paramref name="parseLiteral"/> defaults to
    /// <paramref name="parseValue"/> applied to the literal's plain value.
    /// </summary>
    public SchemaBuilder AddScalar(
        string name,
        Func<object, object?> serialize,
        Func<object, object?> parseValue,
        Func<IValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(serialize);
        ArgumentNullException.ThrowIfNull(parseValue);
        _scalars[name] = new ScalarBinding(serialize, parseValue, parseLiteral);
        return this;
    }

    /// <summary>Tells which object type a value of an interface or union is.</summary>
    public SchemaBuilder AddTypeResolver(string abstractTypeName, TypeResolver resolveType)
    {
        ArgumentNullException.ThrowIfNull(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolveType);
        _typeResolvers[abstractTypeName] = resolveType;
        return this;
    }

    /// <summary>Tells whether a value belongs to an object type (used to resolve interfaces and unions without a type resolver).</summary>
    public SchemaBuilder AddIsTypeOf(string objectTypeName, IsTypeOfPredicate isTypeOf)
    {
        ArgumentNullException.ThrowIfNull(objectTypeName);
        ArgumentNullException.ThrowIfNull(isTypeOf);
        _isTypeOf[objectTypeName] = isTypeOf;
        return this;
    }

    /// <summary>Declares that values of the CLR type <typeparamref name="T"/> are of an object type.</summary>
    public SchemaBuilder BindClrType<T>(string objectTypeName) => AddIsTypeOf(objectTypeName, static (value, _) => value is T);

    /// <summary>Gives an enum's values internal values, by GraphQL value name.</summary>
    public SchemaBuilder AddEnumValues(string enumName, IReadOnlyDictionary<string, object?> values)
    {
        ArgumentNullException.ThrowIfNull(enumName);
        ArgumentNullException.ThrowIfNull(values);
        _enumBindings[enumName] = EnumBinding.Exact(values);
        return this;
    }

    /// <summary>
    /// Maps a GraphQL enum to a C# enum: each GraphQL value stands for the member of the same name,
    /// compared ignoring case and underscores (<c>ARMED_GROUP</c> is <c>ArmedGroup</c>).
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string enumName)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(enumName);
        _enumBindings[enumName] = EnumBinding.Clr<TEnum>();
        return this;
    }
}
