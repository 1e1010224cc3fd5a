using System.Diagnostics;

namespace KnowledgeGraph.Cli.Tests.TestUtilities;

/// <summary>Runs the real <c>kg</c> executable as a child process, as a user would.</summary>
internal static class KgProcess
{
    private static readonly string KgDll = Path.Combine(AppContext.BaseDirectory, "kg.dll");

    public static Process Start(params string[] arguments) => Start(new Dictionary<string, string>(), arguments);

    /// <summary>Starts kg with extra environment variables, as an operator's shell would set them.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(KgDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Remove("KnowledgeGraph__Storage__Provider");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start kg");
    }

    public static Task<KgResult> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    public static async Task<KgResult> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new KgResult(process.ExitCode, await stdout, await stderr);
    }
}

internal sealed record KgResult(int ExitCode, string Output, string Error);
