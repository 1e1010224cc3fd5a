namespace KnowledgeGraph.Cli.Commands;

/// <summary>The configured store could not be opened, for a reason the user can act on (a file that is not a database).</summary>
internal sealed class StoreUnavailableException : Exception
{
    public StoreUnavailableException()
    {
    }

    public StoreUnavailableException(string message)
        : base(message)
    {
    }

    public StoreUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
