namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The configured store cannot be opened. The message names the configuration key at fault and what was wrong with
/// it, so the service's start-up failure and <c>kg</c>'s one-line error point the operator at the setting to change.
/// </summary>
public sealed class StoreConfigurationException : Exception
{
    public StoreConfigurationException()
    {
    }

    public StoreConfigurationException(string message)
        : base(message)
    {
    }

    public StoreConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
