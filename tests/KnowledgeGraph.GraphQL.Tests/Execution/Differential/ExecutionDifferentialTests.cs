using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

/// <summary>
/// Our executor against graphql-js 16 on every case of <see cref="ExecutionCorpus"/>: the response JSON
/// (errors with messages, locations and paths, then data, keys in order) must be identical.
/// </summary>
public sealed class ExecutionDifferentialTests(ExecutionReferenceFixture reference) : IClassFixture<ExecutionReferenceFixture>
{
    public static TheoryData<string> CaseNames => new(ExecutionCorpus.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Responds_exactly_as_graphql_js(string caseName)
    {
        var executionCase = ExecutionCorpus.Named(caseName);

        var ours = await RunOursAsync(executionCase);

        Assert.Equal(reference[caseName], ours);
    }

    private static async Task<string> RunOursAsync(ExecutionCase executionCase)
    {
        var schema = ExecutionHarness.Schema(executionCase.Sdl, builder => BindEchoFields(builder, executionCase.Sdl));
        var response = await ExecutionHarness.RunAsync(
            schema,
            executionCase.Document,
            executionCase.RootJson is null ? null : ExecutionHarness.Root(executionCase.RootJson),
            executionCase.VariablesJson,
            executionCase.OperationName);
        return ExecutionHarness.Json(response);
    }

    // Mirrors the reference mode's field resolver: fields named echo* answer with their arguments as JSON.
    private static void BindEchoFields(SchemaBuilder builder, string sdl)
    {
        foreach (var type in Parser.Parse(sdl).Definitions.OfType<ObjectTypeDefinitionNode>())
        {
            foreach (var field in type.Fields.Where(f => f.Name.Value.StartsWith("echo", StringComparison.Ordinal)))
            {
                builder.AddResolver($"{type.Name.Value}.{field.Name.Value}", context => ArgumentsJson(context.Arguments));
            }
        }
    }

    private static string ArgumentsJson(IReadOnlyDictionary<string, object?> arguments)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            ResponseWriter.WriteValue(writer, arguments);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
