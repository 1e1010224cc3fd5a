using System.Diagnostics;

namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>Validates files with libxml2's xmllint against the GEXF 1.3 XML Schema shared beside the repository.</summary>
internal static class Xmllint
{
    /// <summary>
    /// The GEXF 1.3 XML Schema, kept outside the repository in shared/schemas/gexf-1.3 beside the clone (CI) or
    /// beside a folder of worktrees holding it.
    /// </summary>
    public static string GexfSchema { get; } = FindSharedSchema(Path.Combine("shared", "schemas", "gexf-1.3", "gexf.xsd"));

    /// <summary>Runs <c>xmllint --noout --schema</c>; returns its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string file, string schema)
    {
        if (!File.Exists("/usr/bin/xmllint"))
        {
            throw new InvalidOperationException("xmllint is not installed; install it with: apt-get install -y libxml2-utils (tests/run.sh does).");
        }

        using var process = Process.Start(new ProcessStartInfo("/usr/bin/xmllint", ["--noout", "--schema", schema, file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    private static string FindSharedSchema(string relativePath)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relativePath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"no {relativePath} in any folder above {AppContext.BaseDirectory}");
    }
}
