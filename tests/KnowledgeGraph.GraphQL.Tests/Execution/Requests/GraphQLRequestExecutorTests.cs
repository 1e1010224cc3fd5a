using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Execution.Requests;

public sealed class GraphQLRequestExecutorTests
{
    private const string Sdl = """
        type Query { node: Node nodes(first: Int, after: String): [Node!]! items(limit: Int = 50): [Node] leaf: Int }
        type Node { id: ID! child: Node children(first: Int): [Node!] }
        """;

    private static GraphQLRequestExecutor Pipeline(IDocumentValidator? validator = null, RequestLimits? limits = null) =>
        new(Schema(Sdl), validator ?? new CountingValidator(), limits);

    private static async Task<string> Run(GraphQLRequestExecutor pipeline, string query, string? variablesJson = null) =>
        ResponseWriter.ToJson(await pipeline.ExecuteAsync(new GraphQLRequest
        {
            Query = query,
            VariableValues = variablesJson is null ? null : ExecutionRequest.VariablesFromJson(Root(variablesJson)),
            RootValue = Root("""{"leaf":7,"node":{"id":"1","child":{"id":"2"}},"nodes":[],"items":[]}"""),
        }));

    [Fact]
    public async Task Runs_a_valid_document()
    {
        Assert.Equal(Json("""{"data":{"leaf":7,"node":{"child":{"id":"2"}}}}"""), await Run(Pipeline(), "{ leaf node { child { id } } }"));
    }

    [Fact]
    public async Task Refuses_a_document_longer_than_the_limit_before_parsing_it()
    {
        var pipeline = Pipeline(limits: new RequestLimits { MaxDocumentLength = 10 });

        var json = await Run(pipeline, "{ leaf node { id } }");

        Assert.Equal(Json("""{"errors":[{"message":"Document length 20 exceeds the maximum of 10 characters."}]}"""), json);
        Assert.Equal(0, pipeline.CachedDocumentCount);
    }

    [Fact]
    public async Task Refuses_a_document_with_too_many_tokens_as_graphql_js_words_it()
    {
        var result = await Pipeline(limits: new RequestLimits { MaxTokens = 5 }).ExecuteAsync(new GraphQLRequest { Query = "{ leaf node { id } }" });

        Assert.False(result.HasData);
        Assert.Equal("Syntax Error: Document contains more that 5 tokens. Parsing aborted.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Reports_syntax_errors_without_data()
    {
        var json = await Run(Pipeline(), "{ leaf");

        Assert.Equal(Json("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":7}]}]}"""), json);
    }

    [Fact]
    public async Task Reports_validation_errors_without_running_the_document()
    {
        var json = await Run(Pipeline(new CountingValidator(refusedField: "leaf")), "{ node { id } leaf }");

        Assert.Equal(Json("""{"errors":[{"message":"Cannot query field \"leaf\" on type \"Query\".","locations":[{"line":1,"column":15}]}]}"""), json);
    }

    [Fact]
    public async Task Parses_and_validates_each_document_text_once()
    {
        var validator = new CountingValidator();
        var pipeline = Pipeline(validator);

        for (var i = 0; i < 5; i++)
        {
            await Run(pipeline, "{ leaf }");
            await Run(pipeline, "{ node { id } }");
        }

        Assert.Equal(2, validator.Calls);
        Assert.Equal(2, pipeline.CachedDocumentCount);
    }

    [Fact]
    public async Task The_document_cache_forgets_the_least_recently_used_text()
    {
        var validator = new CountingValidator();
        var pipeline = Pipeline(validator, new RequestLimits { DocumentCacheSize = 2 });

        await Run(pipeline, "{ a: leaf }");
        await Run(pipeline, "{ b: leaf }");
        await Run(pipeline, "{ a: leaf }");
        await Run(pipeline, "{ c: leaf }");
        await Run(pipeline, "{ a: leaf }");
        await Run(pipeline, "{ b: leaf }");

        Assert.Equal(2, pipeline.CachedDocumentCount);
        Assert.Equal(4, validator.Calls);
    }

    [Fact]
    public async Task Refuses_an_operation_deeper_than_the_limit_pointing_at_the_deepest_field()
    {
        var pipeline = Pipeline(limits: new RequestLimits { MaxDepth = 3 });

        var json = await Run(pipeline, "query Deep { node { child { ...F } } } fragment F on Node { child { id } }");

        Assert.Equal(Json("""{"errors":[{"message":"Query depth 4 exceeds the maximum of 3.","locations":[{"line":1,"column":69}]}]}"""), json);
        Assert.Equal(Json("""{"data":{"node":{"child":{"id":"2"}}}}"""), await Run(pipeline, "{ node { child { id } } }"));
    }

    [Fact]
    public async Task Costs_each_field_once_and_multiplies_list_selections_by_first_or_limit()
    {
        var pipeline = Pipeline(limits: new RequestLimits { MaxCost = 12 });

        var atLimit = await Run(pipeline, "{ nodes(first: 3) { id child { id } } leaf a: leaf }");
        var fromVariable = await Run(pipeline, "query ($n: Int) { nodes(first: $n) { id child { id } } leaf a: leaf }", """{"n":4}""");
        var fromDefault = await Run(pipeline, "{ items { id } }");

        Assert.Equal(Json("""{"data":{"nodes":[],"leaf":7,"a":7}}"""), atLimit);
        Assert.Equal(Json("""{"errors":[{"message":"Query cost 15 exceeds the maximum of 12."}]}"""), fromVariable);
        Assert.Equal(Json("""{"errors":[{"message":"Query cost 51 exceeds the maximum of 12."}]}"""), fromDefault);
    }

    [Fact]
    public async Task Measures_each_operation_of_a_document_on_its_own_every_time_it_is_asked_for()
    {
        var pipeline = Pipeline(limits: new RequestLimits { MaxCost = 12 });
        const string Document = "query Cheap { leaf } query Dear { nodes(first: 20) { id } } query Sized($n: Int) { nodes(first: $n) { id } }";

        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal(Json("""{"data":{"leaf":7}}"""), await RunNamed(pipeline, Document, "Cheap"));
            Assert.Equal(Json("""{"errors":[{"message":"Query cost 21 exceeds the maximum of 12."}]}"""), await RunNamed(pipeline, Document, "Dear"));
            Assert.Equal(Json("""{"data":{"nodes":[]}}"""), await RunNamed(pipeline, Document, "Sized", """{"n":2}"""));
            Assert.Equal(Json("""{"errors":[{"message":"Query cost 14 exceeds the maximum of 12."}]}"""), await RunNamed(pipeline, Document, "Sized", """{"n":13}"""));
        }

        static async Task<string> RunNamed(GraphQLRequestExecutor pipeline, string query, string operationName, string? variablesJson = null) =>
            ResponseWriter.ToJson(await pipeline.ExecuteAsync(new GraphQLRequest
            {
                Query = query,
                OperationName = operationName,
                VariableValues = variablesJson is null ? null : ExecutionRequest.VariablesFromJson(Root(variablesJson)),
                RootValue = Root("""{"leaf":7,"nodes":[]}"""),
            }));
    }

    [Fact]
    public async Task Caps_the_list_multiplier_so_huge_page_sizes_stay_measurable()
    {
        var pipeline = Pipeline(limits: new RequestLimits { MaxCost = 100, MaxListMultiplier = 10 });

        var json = await Run(pipeline, "{ nodes(first: 1000000) { children(first: 1000000) { id } } }");

        Assert.Equal(Json("""{"errors":[{"message":"Query cost 111 exceeds the maximum of 100."}]}"""), json);
    }

    [Fact]
    public async Task Admits_the_graphiql_introspection_query_with_the_default_limits()
    {
        var json = await Run(Pipeline(), IntrospectionQuery.Build(IntrospectionQueryOptions.GraphiQL));

        Assert.StartsWith("""{"data":{"__schema":""", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Requires_a_validator()
    {
        Assert.Throws<ArgumentNullException>(() => new GraphQLRequestExecutor(Schema(Sdl), null!));
    }
}
