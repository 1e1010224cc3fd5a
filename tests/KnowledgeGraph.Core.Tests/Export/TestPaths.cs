namespace KnowledgeGraph.Core.Tests.Export;

/// <summary>Where the repository and the reader scripts are, found from the test assembly's folder.</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Readers => InRepository("tests/KnowledgeGraph.Core.Tests/Export/Readers");

    public static string InRepository(string relativePath) => Path.Combine(Root.Value, relativePath);

    /// <summary>A fresh folder under the system's temporary folder for one fixture's files.</summary>
    public static string NewScratchFolder(string name) => Directory.CreateTempSubdirectory($"kg-export-{name}-").FullName;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no KnowledgeGraph.sln above {AppContext.BaseDirectory}");
    }
}
