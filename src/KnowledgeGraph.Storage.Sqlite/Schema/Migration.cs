namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>One schema step: the version it brings the file to and the embedded SQL script that does it.</summary>
internal sealed record Migration(int Version, string Description, string Script)
{
    public string ReadScript()
    {
        using var stream = typeof(Migration).Assembly.GetManifestResourceStream($"migrations/{Script}")
            ?? throw new InvalidOperationException($"The migration script {Script} is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
