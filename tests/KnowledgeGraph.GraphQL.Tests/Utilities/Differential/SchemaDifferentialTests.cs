using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities.Differential;

/// <summary>
/// <see cref="SchemaBuilder"/> and <see cref="SchemaPrinter"/> against graphql-js's buildSchema,
/// validateSchema and printSchema on every case of <see cref="SchemaCorpus"/>: the printed SDL must be
/// identical, and an invalid document must give the same messages (in any order: the two engines find
/// them in different passes).
/// </summary>
public sealed class SchemaDifferentialTests(SchemaReferenceFixture reference) : IClassFixture<SchemaReferenceFixture>
{
    public static TheoryData<string> CaseNames => new(SchemaCorpus.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Builds_and_prints_exactly_as_graphql_js(string caseName)
    {
        var schemaCase = SchemaCorpus.Named(caseName);

        var ours = Build(schemaCase.Sdl);

        var expected = reference[caseName];
        Assert.Equal(expected.Printed, ours.Printed);
        Assert.Equal(expected.Errors.Order(StringComparer.Ordinal), ours.Errors.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Printed_schemas_build_again_into_the_same_text(string caseName)
    {
        var printed = Build(SchemaCorpus.Named(caseName).Sdl).Printed;
        if (printed is null)
        {
            return;
        }

        Assert.Equal(printed, Build(printed).Printed);
    }

    private static SchemaOutcome Build(string sdl)
    {
        try
        {
            var schema = new SchemaBuilder().AddTypeDefinitions(sdl).Build();
            return new SchemaOutcome(SchemaPrinter.PrintSchema(schema), []);
        }
        catch (SchemaValidationException exception)
        {
            return new SchemaOutcome(null, [.. exception.Errors.Select(e => e.Message)]);
        }
    }
}
