using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests.TestUtilities;

/// <summary>
/// Where the browser tests keep what a person should look at afterwards: screenshots, downloads and frame times.
/// <c>KG_ARTIFACTS_DIR</c> when set, else TestResults/browser beside the test assembly.
/// </summary>
internal static class Artifacts
{
    public static string Folder { get; } = Create();

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = PathOf($"{name}.png"), FullPage = true });

    private static string Create()
    {
        var root = Environment.GetEnvironmentVariable("KG_ARTIFACTS_DIR");
        var folder = string.IsNullOrEmpty(root)
            ? Path.Combine(AppContext.BaseDirectory, "TestResults", "browser")
            : Path.Combine(root, "browser");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
