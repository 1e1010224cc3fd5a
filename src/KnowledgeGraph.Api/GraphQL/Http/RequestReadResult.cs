namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>A request read from HTTP, or why it could not be, with the status code that says so.</summary>
internal sealed record RequestReadResult(GraphQLHttpRequest? Request, int StatusCode, string? Problem)
{
    public static RequestReadResult Ok(GraphQLHttpRequest request) => new(request, StatusCodes.Status200OK, null);

    public static RequestReadResult Fail(int statusCode, string problem) => new(null, statusCode, problem);
}
