using System.Text.Json;
using KnowledgeGraph.GraphQL.Benchmarks.Data;
using KnowledgeGraph.GraphQL.Benchmarks.Generation;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Tests.Conformance.Bindings;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// One schema of the conformance corpus: its SDL, data and bindings files in Conformance/Schemas
/// (<c>name.graphql</c>, <c>name.data.json</c>, <c>name.bindings.json</c>). graphql-js builds it from
/// the same three files; here <see cref="SchemaBuilder"/> builds it with the recipes bound in C#.
/// </summary>
public sealed class ConformanceSchema
{
    private static readonly string SchemasDirectory = FindSchemasDirectory();

    private ConformanceSchema(string name)
    {
        Name = name;
        Sdl = File.ReadAllText(Path.Combine(SchemasDirectory, name + ".graphql"));
        DataJson = File.ReadAllText(Path.Combine(SchemasDirectory, name + ".data.json"));
        BindingsJson = File.ReadAllText(Path.Combine(SchemasDirectory, name + ".bindings.json"));
        Root = LinkedJson.Load(DataJson);
        Schema = Build(Root);
        Executor = new Executor(Schema);
    }

    public static ConformanceSchema Library { get; } = new("library");

    public static ConformanceSchema Social { get; } = new("social");

    /// <summary>The type system of the specification's validation examples.</summary>
    public static ConformanceSchema Pets { get; } = new("pets");

    public static IReadOnlyList<ConformanceSchema> All { get; } = [Library, Social, Pets];

    public string Name { get; }

    public string Sdl { get; }

    public string DataJson { get; }

    public string BindingsJson { get; }

    /// <summary>The linked data; the root value of every operation.</summary>
    public object? Root { get; }

    internal GraphQLSchema Schema { get; }

    internal Executor Executor { get; }

    public static ConformanceSchema Named(string name) => All.Single(s => s.Name == name);

    /// <summary>Values the generator draws from: the data's ids and short strings, and its values of each custom scalar.</summary>
    internal GenerationHints Hints()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        var strings = new SortedSet<string>(StringComparer.Ordinal) { string.Empty, "o", "é", "Orchard", "a\"quote", "😀", "Ada" };
        using var data = JsonDocument.Parse(DataJson);
        foreach (var (name, value) in Strings(data.RootElement, property: null))
        {
            (name == "id" ? ids : strings).Add(value);
        }

        using var bindings = JsonDocument.Parse(BindingsJson);
        var samples = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var scalar in bindings.RootElement.GetProperty("scalars").EnumerateObject())
        {
            var pattern = new System.Text.RegularExpressions.Regex(@"\A(?:" + scalar.Value.GetProperty("pattern").GetString() + @")\z");
            samples[scalar.Name] = [.. strings.Where(s => pattern.IsMatch(s))];
        }

        return new GenerationHints { Ids = [.. ids], Strings = [.. strings.Where(s => s.Length <= 12)], ScalarSamples = samples };
    }

    public override string ToString() => Name;

    /// <summary>Every string value in the data, with the name of the property holding it.</summary>
    private static IEnumerable<(string? Property, string Value)> Strings(JsonElement element, string? property) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value, p.Name)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(item => Strings(item, property)),
        JsonValueKind.String => [(property, element.GetString()!)],
        _ => [],
    };

    private GraphQLSchema Build(object? root)
    {
        var builder = new SchemaBuilder().AddTypeDefinitions(Sdl, Name + ".graphql");
        using var bindings = JsonDocument.Parse(BindingsJson);
        foreach (var scalar in bindings.RootElement.GetProperty("scalars").EnumerateObject())
        {
            PatternScalar.Bind(builder, scalar.Name, scalar.Value);
        }

        foreach (var typeResolver in bindings.RootElement.GetProperty("typeResolvers").EnumerateObject())
        {
            var kindPath = typeResolver.Value.GetString()!;
            builder.AddTypeResolver(typeResolver.Name, (value, _, _) => RecipeValues.Read(value, kindPath) as string);
        }

        foreach (var resolver in bindings.RootElement.GetProperty("resolvers").EnumerateObject())
        {
            builder.AddResolver(resolver.Name, ResolverRecipes.Create(resolver.Value.Clone(), root));
        }

        return builder.Build();
    }

    private static string FindSchemasDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "KnowledgeGraph.GraphQL.Tests", "Conformance", "Schemas");
            if (File.Exists(Path.Combine(candidate, "library.graphql")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No Conformance/Schemas above {AppContext.BaseDirectory}.");
    }
}
