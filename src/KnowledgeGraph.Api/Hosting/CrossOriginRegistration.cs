using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Lets the configured origins call <c>/graphql</c> and <c>/export</c> from a browser (a front end served by its own
/// dev server, an Apollo app on another host). Credentials travel in headers (<c>Authorization</c>, <c>X-Api-Key</c>),
/// never cookies, so no origin is granted cookies and <c>*</c> is safe to offer for a public read-only graph.
/// </summary>
public static class CrossOriginRegistration
{
    // A preflight answer a browser may reuse, so a client pays for one OPTIONS round trip per ten minutes, not per query.
    private static readonly TimeSpan PreflightMaxAge = TimeSpan.FromMinutes(10);

    public static IServiceCollection AddCrossOrigin(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CrossOriginOptions>().Bind(configuration.GetSection(CrossOriginOptions.Section), GraphStoreRegistration.ErrorOnUnknownKeys).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CrossOriginOptions>, CrossOriginValidation>();
        services.AddCors();
        services.AddOptions<CorsOptions>()
            .Configure<IOptions<CrossOriginOptions>>((cors, origins) => cors.AddDefaultPolicy(policy =>
            {
                var allowed = origins.Value.AllowedOrigins;
                if (allowed.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins([.. allowed.Select(o => o.TrimEnd('/'))]);
                }

                policy.WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post)
                    .WithHeaders("Content-Type", "Accept", "Authorization", "X-Api-Key")
                    .WithExposedHeaders("Content-Disposition")
                    .SetPreflightMaxAge(PreflightMaxAge);
            }));
        return services;
    }

    /// <summary>Names every bad entry at start, where a lambda validation can give only one fixed message.</summary>
    private sealed class CrossOriginValidation : IValidateOptions<CrossOriginOptions>
    {
        public ValidateOptionsResult Validate(string? name, CrossOriginOptions options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
