namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>
/// The environment variables that steer where Neo4j tests run:
/// <c>KG_TEST_NEO4J_URI</c> (with <c>KG_TEST_NEO4J_USER</c>, <c>KG_TEST_NEO4J_PASSWORD</c>) points them at
/// a running server; otherwise they start Neo4j 3.1.1 from the cache in <c>KG_TEST_NEO4J_CACHE_DIR</c>
/// (default <c>~/.cache/knowledgegraph/neo4j</c>).
/// </summary>
public static class Neo4jTestEnvironment
{
    public const string UriVariable = "KG_TEST_NEO4J_URI";
    public const string UserVariable = "KG_TEST_NEO4J_USER";
    public const string PasswordVariable = "KG_TEST_NEO4J_PASSWORD";
    public const string CacheDirectoryVariable = "KG_TEST_NEO4J_CACHE_DIR";

    /// <summary>Gets the external server to use, or <see langword="null"/> to start one locally.</summary>
    public static (Uri Uri, string User, string? Password)? ExternalServer
    {
        get
        {
            var uri = Environment.GetEnvironmentVariable(UriVariable);
            if (string.IsNullOrWhiteSpace(uri))
            {
                return null;
            }

            var user = Environment.GetEnvironmentVariable(UserVariable);
            var password = Environment.GetEnvironmentVariable(PasswordVariable);
            return (
                new Uri(uri, UriKind.Absolute),
                string.IsNullOrWhiteSpace(user) ? "neo4j" : user,
                string.IsNullOrEmpty(password) ? null : password);
        }
    }

    public static string CacheDirectory
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(CacheDirectoryVariable);
            return string.IsNullOrWhiteSpace(configured)
                ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "knowledgegraph", "neo4j")
                : Path.GetFullPath(configured);
        }
    }
}
