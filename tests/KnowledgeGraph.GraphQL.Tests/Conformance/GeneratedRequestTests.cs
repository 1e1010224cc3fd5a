using KnowledgeGraph.GraphQL.Benchmarks.Generation;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// The generator and mutator behind the corpus do what the corpus relies on: generated requests are
/// valid (so their execution is compared), mutated ones mostly are not, and a seed gives the same requests.
/// </summary>
public sealed class GeneratedRequestTests
{
    public static TheoryData<string> SchemaNames => ConformanceTests.SchemaNames;

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Generated_requests_pass_validation(string schemaName)
    {
        var schema = ConformanceSchema.Named(schemaName);
        var generator = new OperationGenerator(schema.Schema, schema.Hints(), seed: 42);

        var invalid = Enumerable.Range(0, 300)
            .Select(_ => generator.Next().Document)
            .Select(document => (document, errors: DocumentValidator.Validate(schema.Schema, Parser.Parse(document))))
            .Where(r => r.errors.Count > 0)
            .Select(r => $"{r.document}\n  {string.Join("\n  ", r.errors.Select(e => e.Message))}")
            .ToList();

        Assert.True(invalid.Count == 0, $"{invalid.Count} of 300 generated requests are invalid; the first:\n{invalid.FirstOrDefault()}");
    }

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public void Mutated_requests_mostly_fail_before_or_during_execution(string schemaName)
    {
        var schema = ConformanceSchema.Named(schemaName);
        var generator = new OperationGenerator(schema.Schema, schema.Hints(), seed: 7);
        var mutator = new RequestMutator(schema.Schema, seed: 8);

        var rejected = 0;
        for (var i = 0; i < 200; i++)
        {
            var request = generator.Next();
            mutator.Mutate(request);
            if (IsRejected(schema, request))
            {
                rejected++;
            }
        }

        Assert.InRange(rejected, 140, 200);
    }

    [Fact]
    public void The_same_seed_gives_the_same_requests()
    {
        var schema = ConformanceSchema.Library;

        var first = new OperationGenerator(schema.Schema, schema.Hints(), seed: 3);
        var second = new OperationGenerator(schema.Schema, schema.Hints(), seed: 3);

        for (var i = 0; i < 20; i++)
        {
            var expected = first.Next();
            var actual = second.Next();
            Assert.Equal(expected.Document, actual.Document);
            Assert.Equal(expected.VariablesJson, actual.VariablesJson);
        }
    }

    private static bool IsRejected(ConformanceSchema schema, GeneratedRequest request)
    {
        try
        {
            var document = Parser.Parse(request.Document);
            if (DocumentValidator.Validate(schema.Schema, document).Count > 0)
            {
                return true;
            }
        }
        catch (GraphQLError)
        {
            return true;
        }

        using var outcome = System.Text.Json.JsonDocument.Parse(OurOutcome.Run(schema, new ConformanceCase("mutated", request.Document, request.VariablesJson, request.OperationName)));
        return outcome.RootElement.GetProperty("stage").GetString() != "execution"
            || !outcome.RootElement.GetProperty("result").TryGetProperty("data", out _);
    }
}
