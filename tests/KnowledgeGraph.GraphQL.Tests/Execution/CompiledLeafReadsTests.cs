using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution;

/// <summary>
/// A shared plan compiles its leaf reads after enough objects; every response must be the one the
/// general path gives, errors included. Each test runs a list long enough to switch paths midway, then
/// the same document again on the compiled path, and compares with the first object's answer.
/// </summary>
public sealed class CompiledLeafReadsTests
{
    private const string Sdl = """
        enum Mood { CALM ANGRY }
        scalar Stamp
        type Query { readings: [Reading] }
        type Reading {
          label: String!
          count: Int
          ratio: Float
          known: Boolean
          code: ID
          mood: Mood
          stamp: Stamp
          fragile: String
          wide: Int
        }
        """;

    private static readonly GraphQLSchema ReadingsSchema = Schema(Sdl, builder => builder
        .AddScalar("Stamp", value => value is string text && text.Length == 4 ? text : throw new GraphQLError($"Stamp cannot represent {value}"), value => value));

    [Fact]
    public async Task Stores_the_same_values_on_the_compiled_path_as_on_the_general_one()
    {
        var readings = Enumerable.Range(0, 200).Select(i => new Reading { Label = "r", Count = i, Ratio = 0.5, Known = true, Code = "c", Mood = "CALM", Stamp = "1999", Fragile = "f", Wide = 3_000_000_000 }).ToList();
        var document = Parser.Parse("{ readings { __typename label count ratio known code mood stamp fragile } }");
        var executor = new Executor(ReadingsSchema);

        var first = ResponseWriter.ToJson(await executor.ExecuteAsync(new ExecutionRequest { Document = document, RootValue = new Root(readings) }));
        var second = ResponseWriter.ToJson(await executor.ExecuteAsync(new ExecutionRequest { Document = document, RootValue = new Root(readings) }));

        var item = """{"__typename":"Reading","label":"r","count":COUNT,"ratio":0.5,"known":true,"code":"c","mood":"CALM","stamp":"1999","fragile":"f"}""";
        var expected = """{"data":{"readings":[""" + string.Join(',', Enumerable.Range(0, 200).Select(i => item.Replace("COUNT", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))) + "]}}";
        Assert.Equal(expected, first);
        Assert.Equal(expected, second);
    }

    [Fact]
    public async Task Reports_the_errors_of_the_general_path_in_field_order_once_compiled()
    {
        // Item 150 has a null non-null label, a non-finite ratio, a mood the enum does not know, a stamp the
        // scalar refuses, a getter that throws and an Int that does not fit: each an error in field order.
        var readings = Enumerable.Range(0, 200).Select(i => i == 150
            ? new Reading { Label = null, Count = 1, Ratio = double.NaN, Known = false, Code = "c", Mood = "SAD", Stamp = "no", Fragile = null, Wide = 3_000_000_000 }
            : new Reading { Label = "r", Count = 1, Ratio = 1, Known = false, Code = "c", Mood = "ANGRY", Stamp = "2000", Fragile = "f", Wide = 7 }).ToList();
        var nullable = Parser.Parse("{ readings { ratio mood stamp fragile wide known } }");
        var nonNull = Parser.Parse("{ readings { count label mood } }");
        var executor = new Executor(ReadingsSchema);

        foreach (var document in new[] { nullable, nonNull })
        {
            var general = await executor.ExecuteAsync(new ExecutionRequest { Document = document, RootValue = new Root(readings) });
            var compiled = await executor.ExecuteAsync(new ExecutionRequest { Document = document, RootValue = new Root(readings) });

            Assert.Equal(ResponseWriter.ToJson(general), ResponseWriter.ToJson(compiled));
            Assert.NotEmpty(compiled.Errors!);
        }

        var errors = (await executor.ExecuteAsync(new ExecutionRequest { Document = nullable, RootValue = new Root(readings) })).Errors!;
        Assert.Equal(
            [
                "Float cannot represent non numeric value: NaN",
                "Enum \"Mood\" cannot represent value: \"SAD\"",
                "Stamp cannot represent no",
                "The reading is fragile.",
                "Int cannot represent non 32-bit signed integer value: 3000000000",
            ],
            errors.Select(e => e.Message));
        Assert.All(errors, e => Assert.Equal(150, e.Path![1]));
        var lateNull = (await executor.ExecuteAsync(new ExecutionRequest { Document = nonNull, RootValue = new Root(readings) })).Errors!;
        Assert.Equal("Cannot return null for non-nullable field Reading.label.", Assert.Single(lateNull).Message);
    }

    private sealed class Root(List<Reading> readings)
    {
        public List<Reading> Readings { get; } = readings;
    }

    private sealed class Reading
    {
        private readonly string? _fragile;

        public required string? Label { get; init; }

        public int Count { get; init; }

        public double Ratio { get; init; }

        public bool? Known { get; init; }

        public required string Code { get; init; }

        public required string Mood { get; init; }

        public required string Stamp { get; init; }

        public long Wide { get; init; }

        public string? Fragile
        {
            get => _fragile ?? throw new InvalidOperationException("The reading is fragile.");
            init => _fragile = value;
        }
    }
}
