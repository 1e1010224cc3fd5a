namespace KnowledgeGraph.Cli.Tests.TestUtilities;

/// <summary>Where the curated seed graph sits in the repository, found from the test's output folder.</summary>
internal static class SeedDocument
{
    public static string Path
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "graph-schema", "seed", "seed.json");
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }

            throw new FileNotFoundException("graph-schema/seed/seed.json was not found above the test folder");
        }
    }
}
