using System.Diagnostics;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>
/// The built service run as its own process, with its settings on the command line, as an operator starts it. A
/// start-up failure is checked this way rather than in WebApplicationFactory: there the failure races the host's
/// disposal on the entry point's thread, and under load the factory reports an ObjectDisposedException instead.
/// </summary>
internal static class ServiceProcess
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    /// <summary>Everything the service wrote before it stopped; fails the test if it started or ran on.</summary>
    public static string StartupFailure(IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Api.dll"));
        // The shipped appsettings.json, and a free port unless the test names where to listen.
        start.ArgumentList.Add($"--contentRoot={AppContext.BaseDirectory}");
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var (key, value) in settings.Where(s => s.Value is not null))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(StartLimit))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The service was still running after {StartLimit.TotalSeconds} s with settings it should refuse.");
        }

        var text = output.Result + error.Result;
        Assert.True(process.ExitCode != 0, $"The service exited with status 0 with settings it should refuse:\n{text}");
        return text;
    }
}
