using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The addresses the service listens on (<c>Urls</c>, <c>--urls</c>, <c>ASPNETCORE_URLS</c>), checked with the other
/// settings at start. Kestrel reads them only after the store is open and seeded, so a typo would otherwise leave a
/// freshly created database behind a service that never listened.
/// </summary>
internal sealed class ServerUrlsOptions : IValidateOptions<ServerUrlsOptions>
{
    /// <value>Semicolon-separated absolute http or https addresses. The default (none) leaves the choice to Kestrel.</value>
    public string? Urls { get; set; }

    public ValidateOptionsResult Validate(string? name, ServerUrlsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = (options.Urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(address => !IsListeningAddress(address))
            .Select(address => $"Urls: \"{address}\" is not an address to listen on; give http:// or https://, a host and a port from 0 to 65535, such as http://127.0.0.1:5080.")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsListeningAddress(string address)
    {
        try
        {
            var binding = BindingAddress.Parse(address);
            return binding.Scheme is "http" or "https" && binding.Port is >= 0 and <= 65535 && binding.Host.Length > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
