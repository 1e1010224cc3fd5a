using System.Globalization;

namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>
/// The neo4j.conf of a test server: loopback-only connectors on the given ports, every writable
/// directory inside the server's own folder, a memory budget, and the JVM flags Neo4j 3.1
/// needs to run on Java 17.
/// </summary>
internal static class LocalNeo4jConfiguration
{
    private static readonly string[] Java17Flags =
    [
        // Without the first one 3.1 dies at start with "Could not get Throwable message field".
        "--add-opens=java.base/java.lang=ALL-UNNAMED",
        "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
        "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
        "--add-opens=java.base/java.util=ALL-UNNAMED",
        "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
        "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
    ];

    public static string Render(int httpPort, int boltPort, string serverDirectory, bool authenticationEnabled, LocalNeo4jMemory memory)
    {
        string Directory(string name) => Path.Combine(serverDirectory, name);
        var lines = new List<string>
        {
            $"dbms.security.auth_enabled={(authenticationEnabled ? "true" : "false")}",
            "dbms.connector.http.enabled=true",
            string.Create(CultureInfo.InvariantCulture, $"dbms.connector.http.listen_address=127.0.0.1:{httpPort}"),
            "dbms.connector.https.enabled=false",
            "dbms.connector.bolt.enabled=true",
            string.Create(CultureInfo.InvariantCulture, $"dbms.connector.bolt.listen_address=127.0.0.1:{boltPort}"),
            $"dbms.directories.data={Directory("data")}",
            $"dbms.directories.logs={Directory("logs")}",
            $"dbms.directories.run={Directory("run")}",
            $"dbms.directories.import={Directory("import")}",
            $"dbms.directories.certificates={Directory("certificates")}",
            $"dbms.directories.plugins={Directory("plugins")}",
            $"dbms.memory.heap.initial_size={memory.Heap}",
            $"dbms.memory.heap.max_size={memory.Heap}",
            $"dbms.memory.pagecache.size={memory.PageCache}",
            "dbms.udc.enabled=false",
        };
        // A test server holds little data: the serial collector and the quick C1 compiler halve the CPU it burns
        // while starting, which matters on a small machine running several of them.
        lines.AddRange(memory.QuickStart
            ? ["dbms.jvm.additional=-XX:+UseSerialGC", "dbms.jvm.additional=-XX:TieredStopAtLevel=1"]
            : ["dbms.jvm.additional=-XX:+UseParallelGC"]);
        if (memory.YoungGeneration is { } young)
        {
            // Touching the whole heap at start keeps the first collections of a timed import from paying the page
            // faults of a young generation that has never been used.
            lines.Add($"dbms.jvm.additional=-Xmn{young}");
            lines.Add("dbms.jvm.additional=-XX:+AlwaysPreTouch");
        }

        lines.AddRange(Java17Flags.Select(flag => $"dbms.jvm.additional={flag}"));
        return string.Join('\n', lines) + "\n";
    }
}
