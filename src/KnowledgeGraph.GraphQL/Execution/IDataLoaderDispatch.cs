namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>What the executor needs of a data loader, whatever its key and value types.</summary>
internal interface IDataLoaderDispatch
{
    bool HasPendingLoads { get; }

    /// <summary>Runs the batch function for the queued keys and completes their loads.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
