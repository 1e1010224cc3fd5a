namespace KnowledgeGraph.Cli.Commands;

/// <summary>What <c>kg</c> exits with, so scripts can tell bad data from bad usage.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The document or the data broke a rule; nothing was written.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line or the configuration is wrong, or a file is missing.</summary>
    public const int Usage = 2;
}
