using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>
/// Drives load with wrk (saturation: req/s and latency at 50 connections) and hey (latency at a fixed rate).
/// The brief named bombardier, but Debian's package of that name is a console game, and the Go tool of that name
/// cannot be fetched here, so the two Debian load generators that do exist take its two roles.
/// </summary>
internal static partial class LoadGenerator
{
    public const int Connections = 50;

    /// <summary>Makes sure wrk and hey are on the PATH, installing the Debian packages when they are not.</summary>
    public static void EnsureInstalled(TextWriter log)
    {
        if (IsOnPath("wrk") && IsOnPath("hey"))
        {
            return;
        }

        log.WriteLine("Installing the load generators: apt-get install -y wrk hey");
        if (Run("apt-get", ["install", "-y", "wrk", "hey"]).ExitCode != 0)
        {
            Run("apt-get", ["update"]);
            Run("apt-get", ["install", "-y", "wrk", "hey"]);
        }

        if (!IsOnPath("wrk") || !IsOnPath("hey"))
        {
            throw new InvalidOperationException(
                "wrk and hey are needed and could not be installed with apt-get (run as root on Debian, or install the packages wrk and hey).");
        }
    }

    /// <summary>Saturates <paramref name="url"/> with POSTs of <paramref name="body"/> on 50 connections.</summary>
    public static LoadResult Saturate(string url, string body, TimeSpan duration, string workFolder)
    {
        var script = Path.Combine(workFolder, $"post-{Environment.ProcessId}.lua");
        File.WriteAllText(script, $"""
            wrk.method = "POST"
            wrk.headers["Content-Type"] = "application/json"
            wrk.headers["Accept"] = "application/json"
            wrk.body = [==[{body}]==]
            """);
        var run = Run("wrk", ["-t2", $"-c{Connections}", $"-d{(int)duration.TotalSeconds}s", "--timeout", "10s", "--latency", "-s", script, url]);
        File.Delete(script);
        if (run.ExitCode != 0 || WrkErrors().Match(run.Output) is { Success: true })
        {
            throw new InvalidOperationException($"wrk against {url} failed or saw errors:{Environment.NewLine}{run.Output}");
        }

        return new LoadResult(
            double.Parse(RequestsPerSecond().Match(run.Output).Groups[1].Value, CultureInfo.InvariantCulture),
            WrkPercentile(run.Output, "50"),
            WrkPercentile(run.Output, "99"));
    }

    /// <summary>Sends <paramref name="rate"/> POSTs a second for <paramref name="duration"/>, spread over 50 workers.</summary>
    public static LoadResult FixedRate(string url, string body, int rate, TimeSpan duration, string workFolder)
    {
        // hey's workers are closed loops: 50 of them keep the rate while a request takes up to 50 ms.
        const int Workers = 50;
        var file = Path.Combine(workFolder, $"body-{Environment.ProcessId}.json");
        File.WriteAllText(file, body);
        var run = Run("hey", ["-z", $"{(int)duration.TotalSeconds}s", "-c", $"{Workers}", "-q", $"{rate / Workers}",
            "-m", "POST", "-T", "application/json", "-A", "application/json", "-D", file, url]);
        File.Delete(file);
        if (run.ExitCode != 0 || HeyStatuses().Matches(run.Output).Any(m => m.Groups[1].Value != "200") || run.Output.Contains("Error distribution", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"hey against {url} failed or saw errors:{Environment.NewLine}{run.Output}");
        }

        return new LoadResult(
            double.Parse(RequestsPerSecond().Match(run.Output).Groups[1].Value, CultureInfo.InvariantCulture),
            HeyPercentile(run.Output, "50"),
            HeyPercentile(run.Output, "99"));
    }

    private static double WrkPercentile(string output, string percent)
    {
        var match = Regex.Match(output, $@"^\s*{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
        var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        return match.Groups[2].Value switch { "us" => value / 1000, "ms" => value, _ => value * 1000 };
    }

    private static double HeyPercentile(string output, string percent) =>
        double.Parse(Regex.Match(output, $@"{percent}% in ([\d.]+) secs").Groups[1].Value, CultureInfo.InvariantCulture) * 1000;

    private static bool IsOnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(folder => File.Exists(Path.Combine(folder, tool)));

    private static (int ExitCode, string Output) Run(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = new StringBuilder();
        var error = process.StandardError.ReadToEndAsync();
        output.Append(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        output.Append(error.Result);
        return (process.ExitCode, output.ToString());
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses|Socket errors: connect [1-9]|Socket errors: .*(read|write|timeout) [1-9]")]
    private static partial Regex WrkErrors();

    [GeneratedRegex(@"\[(\d{3})\]\s+\d+ responses")]
    private static partial Regex HeyStatuses();
}
