namespace KnowledgeGraph.Api.Benchmarks;

/// <summary>Where the repository's pieces are, found from this program's output folder.</summary>
internal sealed record RepositoryLayout(string Root)
{
    public string ApiOutput => Path.Combine(Root, "src", "KnowledgeGraph.Api", "bin", "Release", "net10.0");

    public string ApiExecutable => Path.Combine(ApiOutput, "KnowledgeGraph.Api");

    public string NodeFolder => Path.Combine(Root, "tests", "KnowledgeGraph.Api.Benchmarks", "node");

    public static string WorkFolder => Path.Combine(Path.GetTempPath(), "kg-bench", "api-bench");

    public static RepositoryLayout Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln")))
            {
                var layout = new RepositoryLayout(folder.FullName);
                return File.Exists(layout.ApiExecutable)
                    ? layout
                    : throw new InvalidOperationException($"{layout.ApiExecutable} is missing: run the benchmark with -c Release, which builds the API in Release first.");
            }
        }

        throw new InvalidOperationException($"No KnowledgeGraph.sln above {AppContext.BaseDirectory}.");
    }
}
