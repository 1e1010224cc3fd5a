using System.Diagnostics;

namespace KnowledgeGraph.Api.Tests.TestUtilities;

/// <summary>
/// Runs a node script from a folder of this test project that has its own package.json and lock file, installing
/// its packages with <c>npm ci</c> the first time, so a fresh clone needs nothing installed by hand.
/// </summary>
internal static class NodeTool
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Folder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "KnowledgeGraph.Api.Tests", name);
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/KnowledgeGraph.Api.Tests/{name} was not found above {AppContext.BaseDirectory}");
    }

    public static async Task<string> RunAsync(string folder, string script, params string[] arguments)
    {
        await InstallLock.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules")))
            {
                var install = await ExecAsync(folder, "npm", ["ci", "--no-audit", "--no-fund"]);
                if (install.ExitCode != 0)
                {
                    throw new InvalidOperationException($"npm ci failed in {folder}: {install.Error}");
                }
            }
        }
        finally
        {
            InstallLock.Release();
        }

        var run = await ExecAsync(folder, "node", [script, .. arguments]);
        return run.ExitCode == 0 ? run.Output : throw new InvalidOperationException($"node {script} failed ({run.ExitCode}): {run.Error}");
    }

    private static async Task<(int ExitCode, string Output, string Error)> ExecAsync(string folder, string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
