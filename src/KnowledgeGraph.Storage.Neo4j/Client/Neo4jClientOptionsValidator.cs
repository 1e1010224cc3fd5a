namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>Rejects options the client cannot work with, naming the setting and the rule.</summary>
internal static class Neo4jClientOptionsValidator
{
    public static void Validate(Neo4jClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Uri is not { IsAbsoluteUri: true } uri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw Invalid("Uri must be an absolute http or https URL, such as http://127.0.0.1:7474");
        }

        if (uri.UserInfo.Length > 0)
        {
            // Echoing the URL here would echo the password it carries.
            throw Invalid("Uri must not carry credentials; set User and Password instead");
        }

        if (options.Password is not null && string.IsNullOrWhiteSpace(options.User))
        {
            throw Invalid("User must be set when Password is");
        }

        if (string.IsNullOrWhiteSpace(options.Database))
        {
            throw Invalid("Database must name a database, such as neo4j");
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            throw Invalid("RequestTimeout must be positive, or Timeout.InfiniteTimeSpan for no limit");
        }

        if (options.MaxRetries < 0)
        {
            throw Invalid("MaxRetries must be zero or more");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            throw Invalid("RetryBaseDelay must be zero or more");
        }
    }

    private static ArgumentException Invalid(string rule) => new($"Neo4jClientOptions.{rule}.", "options");
}
