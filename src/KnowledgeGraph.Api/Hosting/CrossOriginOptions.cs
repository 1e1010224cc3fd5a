namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Which other web origins may call the API from a browser, bound from <c>KnowledgeGraph:Cors</c>. The default is
/// none: the graph view and GraphiQL are served from the API's own origin and need no grant.
/// </summary>
public sealed class CrossOriginOptions
{
    public const string Section = "KnowledgeGraph:Cors";

    /// <value>
    /// Origins such as <c>http://localhost:3000</c> (scheme, host and port, nothing more), or <c>*</c> alone for any.
    /// The default is none.
    /// </value>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>The entries that are neither <c>*</c> nor a bare http(s) origin, each with why.</summary>
    public IEnumerable<string> Problems()
    {
        for (var i = 0; i < AllowedOrigins.Count; i++)
        {
            var entry = AllowedOrigins[i];
            var key = $"{Section}:AllowedOrigins:{i}";
            if (entry == "*")
            {
                if (AllowedOrigins.Count > 1)
                {
                    yield return $"{key} is *, which already allows every origin; list origins or give * alone";
                }
            }
            else if (!Uri.TryCreate(entry, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                yield return $"{key} (\"{entry}\") is not an http or https origin such as http://localhost:3000";
            }
            else if (uri.GetLeftPart(UriPartial.Authority) != entry.TrimEnd('/') || uri.UserInfo.Length > 0)
            {
                // A browser sends its origin as scheme://host[:port]; anything more would never match.
                yield return $"{key} (\"{entry}\") must be an origin alone (scheme, host and port), without a path, query or user";
            }
        }
    }
}
