using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Reports what stops a command before any data is judged (a missing or unreadable file, a store that will not
/// open) in one line, without a stack trace, and exits with <see cref="ExitCodes.Usage"/>.
/// </summary>
internal static class UsageError
{
    public static int Report(ParseResult parse, string message)
    {
        parse.InvocationConfiguration.Error.WriteLine($"kg: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>Whether <paramref name="e"/> is the file system refusing a path the user gave.</summary>
    public static bool IsFileProblem(Exception e) => e is IOException or UnauthorizedAccessException;
}
