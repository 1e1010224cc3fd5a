namespace KnowledgeGraph.Api.Security;

/// <summary>Who may read and write, bound from <c>KnowledgeGraph:Auth</c>. Keys are stored as SHA-256 hashes, never in clear.</summary>
public sealed class AuthOptions
{
    public const string Section = "KnowledgeGraph:Auth";

    /// <value>The default is false: anyone may read; writes always need an editor credential.</value>
    public bool RequireKeyForReads { get; set; }

    /// <value>API keys by name. The default is none.</value>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <value>Signed JWTs accepted as credentials; off unless a signing key is set.</value>
    public JwtOptions Jwt { get; set; } = new();

    /// <summary>One API key: a name for audit trails, a role, and the key's SHA-256 hash in hex.</summary>
    public sealed class ApiKeyOptions
    {
        public string Name { get; set; } = "";

        /// <value><c>Reader</c> or <c>Editor</c>.</value>
        public AccessRole Role { get; set; } = AccessRole.Reader;

        /// <value>Lowercase hex SHA-256 of the key, e.g. from <c>printf %s "$KEY" | sha256sum</c>.</value>
        public string Sha256 { get; set; } = "";
    }

    /// <summary>HMAC-signed JWTs (HS256): issuer, audience and a shared signing key.</summary>
    public sealed class JwtOptions
    {
        public string? Issuer { get; set; }

        public string? Audience { get; set; }

        /// <value>Base64 of at least 32 random bytes. The default is none (JWTs are refused).</value>
        public string? SigningKey { get; set; }

        /// <value>The claim holding roles. The default is <c>role</c>.</value>
        public string RoleClaim { get; set; } = "role";

        /// <value>The claim naming the caller. The default is <c>sub</c>.</value>
        public string NameClaim { get; set; } = "sub";
    }
}
