namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>A clock that stands still until a test moves it, so stamps on merges and retractions can be asserted.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now;

    public ManualTimeProvider(DateTimeOffset start)
    {
        _now = start;
    }

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
