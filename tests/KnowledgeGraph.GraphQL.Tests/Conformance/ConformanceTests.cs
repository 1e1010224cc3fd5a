using System.Text.Json;
using KnowledgeGraph.GraphQL.Tests.TestUtilities;
using Xunit.Abstractions;

namespace KnowledgeGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Our engine against graphql-js 16 over the whole conformance corpus of each schema, in one node run
/// per schema: syntax and validation errors (message and locations, in order) and, for valid documents,
/// the execution result (data, and errors with message, locations and path) must be identical, except
/// where ALLOWED_DIFFERENCES.md explains why not.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private const int DifferencesShown = 5;

    public static TheoryData<string> SchemaNames => new(ConformanceSchema.All.Select(s => s.Name));

    [Theory]
    [MemberData(nameof(SchemaNames))]
    public async Task Every_document_of_the_corpus_gives_what_graphql_js_gives(string schemaName)
    {
        var schema = ConformanceSchema.Named(schemaName);
        var cases = ConformanceCorpus.For(schema);

        using var reference = await GraphQLJs.RunAsync("conformance", new
        {
            schema.Sdl,
            Data = schema.DataJson,
            Bindings = schema.BindingsJson,
            Cases = cases.Select(c => c.ToPayload()).ToArray(),
        });

        var expected = reference.RootElement.EnumerateArray().ToList();
        Assert.Equal(cases.Count, expected.Count);
        var differences = new List<string>();
        var allowed = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var defects = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var stages = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            var stage = expected[i].GetProperty("stage").GetString()!;
            stages[stage] = stages.GetValueOrDefault(stage) + 1;
            using var ours = JsonDocument.Parse(OurOutcome.Run(schema, cases[i]));
            if (JsonDifference.Find(expected[i], ours.RootElement) is not { } difference)
            {
                continue;
            }

            if (AllowedDifference.All.FirstOrDefault(a => a.Applies(cases[i], expected[i], ours.RootElement)) is { } allowance)
            {
                allowed[allowance.Title] = allowed.GetValueOrDefault(allowance.Title) + 1;
            }
            else if (KnownDefect.All.FirstOrDefault(d => d.Applies(expected[i], ours.RootElement)) is { } defect)
            {
                defects[defect.Title] = defects.GetValueOrDefault(defect.Title) + 1;
            }
            else
            {
                differences.Add(Report(cases[i], difference));
            }
        }

        output.WriteLine(
            $"{schemaName}: compared {cases.Count} documents with graphql-js ({string.Join(", ", stages.Select(s => $"{s.Value} {s.Key}"))}); "
            + $"{differences.Count} differ, {allowed.Values.Sum()} as allowed{string.Concat(allowed.Select(a => $" ({a.Key}: {a.Value})"))}, "
            + $"{defects.Values.Sum()} from known engine defects{string.Concat(defects.Select(d => $" ({d.Key}: {d.Value})"))}.");
        Assert.True(
            differences.Count == 0,
            $"{differences.Count} of {cases.Count} {schemaName} documents differ from graphql-js; the first {Math.Min(DifferencesShown, differences.Count)}:\n\n"
                + string.Join("\n\n", differences.Take(DifferencesShown)));
    }

    private static string Report(ConformanceCase item, string difference) =>
        $"--- {item.Name}\n{item.Source.TrimEnd()}\n"
        + (item.Variables is null ? string.Empty : $"variables: {item.Variables}\n")
        + (item.OperationName is null ? string.Empty : $"operationName: {item.OperationName}\n")
        + $"    at {difference}";
}
