using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>Waiting for a fresh server to come up, and its first-start password change.</summary>
public sealed partial class LocalNeo4jServer
{
    private const string ReadyLine = "Remote interface available";
    private const string PortTakenLine = "is already in use";
    private const string InitialPassword = "neo4j";

    /// <summary>Waits until the server answers; <see langword="false"/> if it died because a port was taken.</summary>
    private async Task<bool> TryWaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (clock.Elapsed < StartupTimeout)
        {
            if (process.HasExited)
            {
                var log = ReadConsoleLog();
                return log.Contains(PortTakenLine, StringComparison.Ordinal)
                    ? false
                    : throw new InvalidOperationException(
                        $"Neo4j exited while starting (exit code {process.ExitCode}). {DescribeLog(log)}");
            }

            // Both checks: the log line proves the answer comes from this server, not from
            // another one that grabbed the port first.
            if (ReadConsoleLog().Contains(ReadyLine, StringComparison.Ordinal) && await AnswersAsync(http, cancellationToken))
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }

        throw new TimeoutException(
            $"Neo4j did not answer on {HttpUri} within {StartupTimeout.TotalSeconds} s. {DescribeLog(ReadConsoleLog())}");
    }

    private async Task<bool> AnswersAsync(HttpClient http, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(HttpUri, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>
    /// Neo4j 3.x starts with user neo4j/neo4j and refuses all work until that password is changed,
    /// which its REST API allows with the initial credentials.
    /// </summary>
    private async Task SetInitialPasswordAsync(CancellationToken cancellationToken)
    {
        var password = $"kg-{Guid.NewGuid():N}";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(HttpUri, "user/neo4j/password"))
        {
            Content = JsonContent.Create(new { password }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"neo4j:{InitialPassword}")));
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException(
                $"Setting the initial Neo4j password failed with HTTP {(int)response.StatusCode}: "
                + await response.Content.ReadAsStringAsync(cancellationToken));
        }

        Password = password;
    }

    private string ReadConsoleLog()
    {
        try
        {
            using var stream = new FileStream(ConsoleLog, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (FileNotFoundException)
        {
            return string.Empty;
        }
    }

    private string DescribeLog(string log)
    {
        var tail = log.Split('\n').TakeLast(60);
        return $"Last lines of {ConsoleLog}:\n{string.Join('\n', tail)}";
    }
}
