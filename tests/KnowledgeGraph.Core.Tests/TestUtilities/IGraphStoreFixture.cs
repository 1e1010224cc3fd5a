using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>What a backend supplies to run the store contract suite: fresh, isolated, empty stores.</summary>
public interface IGraphStoreFixture
{
    /// <summary>Creates a store that holds nothing and shares nothing with any other store the fixture made.</summary>
    /// <param name="timeProvider">The clock the store must stamp merges and retractions with.</param>
    Task<IGraphStore> CreateEmptyStoreAsync(TimeProvider timeProvider);

    /// <summary>Closes a store made by <see cref="CreateEmptyStoreAsync"/> and removes whatever it left behind.</summary>
    Task ReleaseAsync(IGraphStore store);
}
