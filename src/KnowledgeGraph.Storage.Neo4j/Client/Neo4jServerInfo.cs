namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>What the client learned about the server it talks to.</summary>
/// <remarks>
/// Cypher differs between major versions (schema DDL above all), so statements that are not portable
/// must be chosen by <see cref="Version"/>. Calendar versions such as <c>2025.01.0</c> come after 5.x.
/// </remarks>
public sealed class Neo4jServerInfo
{
    /// <summary>Initializes what is known about a server.</summary>
    /// <param name="version">The server version.</param>
    /// <param name="edition">The edition, when the server says.</param>
    public Neo4jServerInfo(Version version, string? edition)
    {
        ArgumentNullException.ThrowIfNull(version);
        Version = version;
        Edition = edition;
    }

    /// <summary>Gets the server version, such as 3.1.1 or 5.26.0.</summary>
    public Version Version { get; }

    /// <summary>Gets the edition (<c>community</c> or <c>enterprise</c>), or <see langword="null"/> when the server does not say (3.x).</summary>
    public string? Edition { get; }

    /// <summary>Gets a value indicating whether the server hosts several named databases (4.0 and later).</summary>
    public bool HasNamedDatabases => Version.Major >= 4;

    /// <inheritdoc/>
    public override string ToString() => Edition is null ? $"Neo4j {Version}" : $"Neo4j {Version} {Edition}";
}
