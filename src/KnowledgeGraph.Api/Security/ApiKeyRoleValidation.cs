using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Security;

/// <summary>
/// Checks each API key's Role as written in the configuration. The binder drops a list entry whose value does not
/// convert (a misspelt <c>Admin</c>), so the key would silently not exist, and it accepts numbers and
/// <c>Anonymous</c>, which no key can be; the raw text is the only place left to see either.
/// </summary>
internal sealed class ApiKeyRoleValidation(IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var section = configuration.GetSection(AuthOptions.Section + ":ApiKeys");
        var failures = section.GetChildren()
            .Where(key => key["Role"] is { } role && !IsKeyRole(role))
            .Select(key => $"{key.Path}:Role is \"{key["Role"]}\"; it must be Reader or Editor.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsKeyRole(string role) =>
        role.Equals(nameof(AccessRole.Reader), StringComparison.OrdinalIgnoreCase) || role.Equals(nameof(AccessRole.Editor), StringComparison.OrdinalIgnoreCase);
}
