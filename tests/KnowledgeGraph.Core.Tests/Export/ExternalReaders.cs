using System.Diagnostics;
using System.Text.Json;

namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>
/// Runs the reference readers the exports are checked with: networkx and python-igraph (Debian's python3), xmllint and
/// jing, and node scripts using the npm packages pinned in Readers/package.json. A missing tool fails the fixture
/// with the command that installs it. Each reader is given a whole batch of files and writes one JSON report.
/// </summary>
internal static class ExternalReaders
{
    public const string Python = "/usr/bin/python3";
    private static readonly SemaphoreSlim NpmInstall = new(1, 1);

    public static async Task RequirePythonModulesAsync(params string[] modules)
    {
        var result = await RunAsync(Python, ["-c", $"import {string.Join(", ", modules)}"]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{Python} cannot import {string.Join(", ", modules)}; install the Debian packages: apt-get install -y python3-networkx python3-igraph\n{result.Error}");
        }
    }

    public static void RequireCommand(string command, string debianPackage)
    {
        var found = Environment.GetEnvironmentVariable("PATH")?.Split(':').Any(dir => File.Exists(Path.Combine(dir, command))) ?? false;
        if (!found)
        {
            throw new InvalidOperationException($"{command} is not installed; install it with: apt-get install -y {debianPackage}");
        }
    }

    /// <summary>Installs the pinned npm packages with <c>npm ci</c> when node_modules is missing.</summary>
    public static async Task EnsureNodeModulesAsync()
    {
        RequireCommand("node", "nodejs npm");
        await NpmInstall.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(TestPaths.Readers, "node_modules")))
            {
                return;
            }

            var result = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TestPaths.Readers);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci failed in {TestPaths.Readers}:\n{result.Output}\n{result.Error}");
            }
        }
        finally
        {
            NpmInstall.Release();
        }
    }

    /// <summary>Runs a reader script that writes its JSON report to the file named by its first argument.</summary>
    public static async Task<JsonElement> RunScriptAsync(string interpreter, string script, IEnumerable<string> files)
    {
        var report = Path.Combine(Path.GetTempPath(), $"kg-reader-{Guid.NewGuid():N}.json");
        try
        {
            var result = await RunAsync(interpreter, [Path.Combine(TestPaths.Readers, script), report, .. files], TestPaths.Readers);
            if (result.ExitCode != 0 || !File.Exists(report))
            {
                throw new InvalidOperationException($"{script} failed with exit code {result.ExitCode}:\n{result.Output}\n{result.Error}");
            }

            using var document = JsonDocument.Parse(await File.ReadAllBytesAsync(report));
            return document.RootElement.Clone();
        }
        finally
        {
            File.Delete(report);
        }
    }

    public static async Task<ProcessResult> RunAsync(string command, IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {command}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    internal sealed record ProcessResult(int ExitCode, string Output, string Error);
}
