using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>API keys and JWT settings for a test server, configured as an operator would (keys stored hashed).</summary>
internal static class Credentials
{
    public const string EditorKey = "editor-secret-key";
    public const string ReaderKey = "reader-secret-key";
    public static readonly string SigningKey = Convert.ToBase64String(Encoding.UTF8.GetBytes("a-signing-key-of-at-least-32-bytes!!"));

    public static Dictionary<string, string?> Settings(bool requireKeyForReads = false) => new()
    {
        ["KnowledgeGraph:Auth:RequireKeyForReads"] = requireKeyForReads ? "true" : "false",
        ["KnowledgeGraph:Auth:ApiKeys:0:Name"] = "alice",
        ["KnowledgeGraph:Auth:ApiKeys:0:Role"] = "Editor",
        ["KnowledgeGraph:Auth:ApiKeys:0:Sha256"] = Hash(EditorKey),
        ["KnowledgeGraph:Auth:ApiKeys:1:Name"] = "bob",
        ["KnowledgeGraph:Auth:ApiKeys:1:Role"] = "Reader",
        ["KnowledgeGraph:Auth:ApiKeys:1:Sha256"] = Hash(ReaderKey),
        ["KnowledgeGraph:Auth:Jwt:Issuer"] = "https://issuer.test",
        ["KnowledgeGraph:Auth:Jwt:Audience"] = "knowledgegraph",
        ["KnowledgeGraph:Auth:Jwt:SigningKey"] = SigningKey,
    };

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Jwt(string subject, string role, string? signingKey = null, DateTime? expires = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://issuer.test",
            Audience = "knowledgegraph",
            Claims = new Dictionary<string, object> { ["sub"] = subject, ["role"] = role },
            Expires = expires ?? DateTime.UtcNow.AddMinutes(10),
            NotBefore = (expires ?? DateTime.UtcNow.AddMinutes(10)).AddMinutes(-20),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Convert.FromBase64String(signingKey ?? SigningKey)), SecurityAlgorithms.HmacSha256),
        });
}
