using System.Diagnostics;
using System.Globalization;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>
/// A Neo4j 3.1.1 server process of its own: free loopback ports, a fresh temporary folder for its
/// configuration, data and logs, and a watchdog that ends it should the test process die without
/// disposing it. Disposing kills the whole process tree and deletes the folder.
/// </summary>
public sealed partial class LocalNeo4jServer : IAsyncDisposable
{
    // Generous: on a loaded 2-core machine a JVM that starts in 5 s alone has been seen to need 80 s or more.
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(240);

    // Runs the start script in the background with all output in the log. Once the test process ($1)
    // is gone, it kills the server and removes its folder, so an aborted test run leaves nothing behind.
    private const string WatchdogScript = """
        host="$1"; log="$2"; shift 2
        exec </dev/null >>"$log" 2>&1
        "$@" &
        server=$!
        trap 'kill -9 "$server" 2>/dev/null' EXIT
        while kill -0 "$host" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
        if ! kill -0 "$host" 2>/dev/null; then
          kill -9 "$server" 2>/dev/null; wait "$server"
          rm -rf "$(dirname "$log")"
        fi
        """;

    private readonly Process process;

    private LocalNeo4jServer(string home, string javaHome, bool authenticationEnabled, LocalNeo4jMemory memory)
    {
        Directory = Path.Combine(Path.GetTempPath(), $"kg-neo4j-{Guid.NewGuid():N}");
        var ports = FreeTcpPorts.Pick(2);
        HttpUri = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ports[0]}/"));
        BoltPort = ports[1];
        var configuration = Path.Combine(Directory, "conf");
        System.IO.Directory.CreateDirectory(configuration);
        File.WriteAllText(
            Path.Combine(configuration, "neo4j.conf"),
            LocalNeo4jConfiguration.Render(ports[0], ports[1], Directory, authenticationEnabled, memory));
        ConsoleLog = Path.Combine(Directory, "console.log");

        var startInfo = new ProcessStartInfo("/bin/bash") { UseShellExecute = false };
        foreach (var argument in new[]
        {
            "-c", WatchdogScript, "neo4j-watchdog",
            Environment.ProcessId.ToString(CultureInfo.InvariantCulture), ConsoleLog,
            "/bin/bash", Path.Combine(home, "bin", "neo4j"), "console",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        startInfo.Environment["NEO4J_CONF"] = configuration;
        startInfo.Environment["JAVA_HOME"] = javaHome;
        startInfo.Environment.Remove("NEO4J_HOME");
        process = Process.Start(startInfo) ?? throw new InvalidOperationException("bash did not start.");
    }

    /// <summary>Gets the HTTP base address, such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri HttpUri { get; }

    public int BoltPort { get; }

    /// <summary>Gets the server's own folder: configuration, data, logs.</summary>
    public string Directory { get; }

    /// <summary>Gets the file that receives the server's console output.</summary>
    public string ConsoleLog { get; }

    /// <summary>Gets the password of user <c>neo4j</c>, or <see langword="null"/> when authentication is disabled.</summary>
    public string? Password { get; private set; }

    /// <summary>Starts a server and waits until it answers HTTP.</summary>
    /// <param name="authenticationEnabled">Whether to require credentials; if so, a random password is set for user <c>neo4j</c>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<LocalNeo4jServer> StartAsync(bool authenticationEnabled, CancellationToken cancellationToken) =>
        StartAsync(authenticationEnabled, LocalNeo4jMemory.Test, cancellationToken);

    /// <summary>Starts a server with the given memory profile and waits until it answers HTTP.</summary>
    /// <param name="authenticationEnabled">Whether to require credentials; if so, a random password is set for user <c>neo4j</c>.</param>
    /// <param name="memory">The heap, page cache and JVM flags.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<LocalNeo4jServer> StartAsync(bool authenticationEnabled, LocalNeo4jMemory memory, CancellationToken cancellationToken)
    {
        var home = await Neo4jDistribution.EnsureInstalledAsync(cancellationToken);
        var javaHome = JavaRuntime.FindHome();
        for (var attempt = 1; ; attempt++)
        {
            var server = new LocalNeo4jServer(home, javaHome, authenticationEnabled, memory);
            bool ready;
            try
            {
                ready = await server.TryWaitUntilReadyAsync(cancellationToken);
                if (ready && authenticationEnabled)
                {
                    await server.SetInitialPasswordAsync(cancellationToken);
                }
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }

            if (ready)
            {
                return server;
            }

            // Another process took a port between our pick and the server's bind: pick again.
            var log = server.DescribeLog(server.ReadConsoleLog());
            await server.DisposeAsync();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Neo4j found its ports taken three times in a row. {log}");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            await process.WaitForExitAsync(patience.Token);
        }

        process.Dispose();
        await DeleteDirectoryAsync();
    }

    private async Task DeleteDirectoryAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                // A killed JVM's files can linger for a moment.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
