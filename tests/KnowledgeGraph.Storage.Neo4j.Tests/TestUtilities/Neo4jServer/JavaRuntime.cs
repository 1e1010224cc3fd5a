namespace KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

/// <summary>Finds the Java runtime that Neo4j's start script needs.</summary>
internal static class JavaRuntime
{
    /// <summary>Returns a JAVA_HOME: the configured one, or the home of the <c>java</c> on PATH.</summary>
    public static string FindHome()
    {
        var configured = Environment.GetEnvironmentVariable("JAVA_HOME");
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(Path.Combine(configured, "bin", "java")))
        {
            return configured;
        }

        var searchPath = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in searchPath.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, "java");
            if (File.Exists(candidate))
            {
                // /usr/bin/java is usually a chain of links into the real JDK's bin directory.
                var executable = File.ResolveLinkTarget(candidate, returnFinalTarget: true)?.FullName ?? candidate;
                return Path.GetDirectoryName(Path.GetDirectoryName(executable))!;
            }
        }

        throw new InvalidOperationException(
            "Java was not found: JAVA_HOME is not set to a JDK and there is no 'java' on PATH. The Neo4j tests start "
            + "Neo4j 3.1.1, which needs a Java runtime (OpenJDK 17 works; on Debian: apt-get install openjdk-17-jre-headless). "
            + $"Alternatively set {Neo4jTestEnvironment.UriVariable} to a running Neo4j server.");
    }
}
