using KnowledgeGraph.Api.Endpoints;
using KnowledgeGraph.Api.GraphQL.Http;
using KnowledgeGraph.Api.GraphQL.Paging;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Security;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Wires the product schema, its request pipeline, credentials and the <c>/graphql</c> endpoints.</summary>
internal static class GraphQLRegistration
{
    public const string TimeoutPolicy = "graphql";

    public static IServiceCollection AddProductGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphQLOptions>().Bind(configuration.GetSection(GraphQLOptions.Section), GraphStoreRegistration.ErrorOnUnknownKeys)
            .Validate(o => o.MaxDepth > 0 && o.MaxCost > 0 && o.MaxTokens > 0 && o.MaxDocumentLength > 0, "KnowledgeGraph:GraphQL limits must be positive.")
            .Validate(o => o.MaxRequestBodyBytes > 0 && o.RequestTimeoutSeconds > 0, "KnowledgeGraph:GraphQL:MaxRequestBodyBytes and RequestTimeoutSeconds must be positive.")
            .ValidateOnStart();
        services.AddOptions<AuthOptions>().Bind(configuration.GetSection(AuthOptions.Section), GraphStoreRegistration.ErrorOnUnknownKeys)
            .Validate(o => o.ApiKeys.TrueForAll(k => k.Name.Length > 0 && k.Sha256.Length == 64 && k.Sha256.All(char.IsAsciiHexDigit)),
                "Each KnowledgeGraph:Auth:ApiKeys entry needs a Name and a Sha256 of 64 hex digits.")
            .Validate(o => o.Jwt.SigningKey is null || IsBase64OfAtLeast32Bytes(o.Jwt.SigningKey), "KnowledgeGraph:Auth:Jwt:SigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>>(new ApiKeyRoleValidation(configuration));
        services.AddSingleton(_ => ProductSchema.Build());
        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
            return new GraphQLRequestExecutor(sp.GetRequiredService<GraphQLSchema>(), new SpecifiedRulesValidator(), new RequestLimits
            {
                MaxDepth = limits.MaxDepth,
                MaxCost = limits.MaxCost,
                MaxTokens = limits.MaxTokens,
                MaxDocumentLength = limits.MaxDocumentLength,

                // neighbourhood(maxNodes) sizes its lists as first does a page: up to 2,000 actors, each with its own lists.
                ListSizeArguments = ["first", "last", "limit", "maxNodes"],
                AssumedListSize = PageArgs.DefaultPageSize,
            });
        });
        services.AddSingleton<CredentialValidator>();
        services.AddSingleton<GraphQLEndpoint>();
        services.AddRequestTimeouts(o => o.AddPolicy(TimeoutPolicy, new RequestTimeoutPolicy
        {
            Timeout = TimeSpan.FromSeconds(configuration.GetValue(GraphQLOptions.Section + ":RequestTimeoutSeconds", 30)),
            TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        }));
        return services;
    }

    public static IEndpointRouteBuilder MapProductGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/graphql", [HttpMethods.Get, HttpMethods.Post], async (HttpContext http, GraphQLEndpoint endpoint) =>
        {
            // One URL answers GraphiQL, JSON or graphql-response+json (whose statuses differ) by the Accept header alone.
            http.Response.Headers.Vary = HeaderNames.Accept;
            if (GraphiQLPage.IsBrowserVisit(http.Request))
            {
                await GraphiQLPage.ServeAsync(http).ConfigureAwait(false);
                return;
            }

            await endpoint.HandleAsync(http).ConfigureAwait(false);
        }).WithRequestTimeout(TimeoutPolicy);
        app.MapMethods("/graphql/schema.graphql", ReadMethods.GetAndHead, (GraphQLSchema schema) =>
            TypedResults.Text(SchemaPrinter.PrintSchema(schema), "text/plain; charset=utf-8"));
        return app;
    }

    private static bool IsBase64OfAtLeast32Bytes(string text)
    {
        var buffer = new byte[text.Length];
        return Convert.TryFromBase64String(text, buffer, out var written) && written >= 32;
    }
}
