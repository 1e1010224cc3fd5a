using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Reads the caller's credential from <c>Authorization: Bearer ...</c> or <c>X-Api-Key</c>: a JWT (three dot-separated
/// parts) is checked for signature, issuer, audience and lifetime; anything else is an API key, compared by hash in
/// constant time. Credentials never reach a log.
/// </summary>
internal sealed class CredentialValidator
{
    private readonly AuthOptions _options;
    private readonly Dictionary<string, AuthOptions.ApiKeyOptions> _keysByHash;
    private readonly TokenValidationParameters? _jwt;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public CredentialValidator(IOptions<AuthOptions> options)
    {
        _options = options.Value;
        _keysByHash = _options.ApiKeys.ToDictionary(k => k.Sha256.ToLowerInvariant(), StringComparer.Ordinal);
        if (_options.Jwt.SigningKey is { Length: > 0 } key)
        {
            _jwt = new TokenValidationParameters
            {
                ValidIssuer = _options.Jwt.Issuer,
                ValidateIssuer = _options.Jwt.Issuer is not null,
                ValidAudience = _options.Jwt.Audience,
                ValidateAudience = _options.Jwt.Audience is not null,
                IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(key)),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
            };
        }
    }

    public bool RequireKeyForReads => _options.RequireKeyForReads;

    /// <summary>The caller, anonymous when no credential was given, or null when one was given and is not valid.</summary>
    /// <remarks>A value task: requests without a credential, the common case, complete without allocating.</remarks>
    public ValueTask<RequestPrincipal?> AuthenticateAsync(HttpRequest request)
    {
        var credential = Credential(request);
        if (credential is null)
        {
            return ValueTask.FromResult<RequestPrincipal?>(RequestPrincipal.Anonymous);
        }

        return credential.Count(c => c == '.') == 2 ? new ValueTask<RequestPrincipal?>(FromJwtAsync(credential)) : ValueTask.FromResult(FromApiKey(credential));
    }

    private static string? Credential(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() is { Length: > 0 } authorization)
        {
            var space = authorization.IndexOf(' ', StringComparison.Ordinal);
            var scheme = space > 0 ? authorization[..space] : "";
            return scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) || scheme.Equals("ApiKey", StringComparison.OrdinalIgnoreCase)
                ? authorization[(space + 1)..].Trim()
                : "";
        }

        return request.Headers["X-Api-Key"].ToString() is { Length: > 0 } key ? key.Trim() : null;
    }

    private RequestPrincipal? FromApiKey(string key)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        foreach (var (storedHash, entry) in _keysByHash)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(storedHash), Encoding.ASCII.GetBytes(hash)))
            {
                return new RequestPrincipal(entry.Name, entry.Role);
            }
        }

        return null;
    }

    private async Task<RequestPrincipal?> FromJwtAsync(string token)
    {
        if (_jwt is null)
        {
            return null;
        }

        var result = await _handler.ValidateTokenAsync(token, _jwt).ConfigureAwait(false);
        if (!result.IsValid)
        {
            return null;
        }

        var roles = result.ClaimsIdentity.FindAll(_options.Jwt.RoleClaim).Select(c => c.Value).ToArray();
        var role = roles.Contains("editor", StringComparer.OrdinalIgnoreCase) ? AccessRole.Editor : AccessRole.Reader;
        var name = result.ClaimsIdentity.FindFirst(_options.Jwt.NameClaim)?.Value ?? "jwt";
        return new RequestPrincipal(name, role);
    }
}
