using System.Text.Json;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>The parameters of a GraphQL-over-HTTP request, read from a POST body or a GET query string.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement Variables, JsonElement Extensions, bool IsGet);
