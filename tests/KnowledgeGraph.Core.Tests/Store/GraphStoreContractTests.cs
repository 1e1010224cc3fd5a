using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Store;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must show, written once. A backend runs it by deriving a sealed class
/// that only supplies its fixture; each test gets a fresh empty store and a clock that moves only when told.
/// Choices the interface leaves open are pinned here and say so in their names: unknown ids are left out of keyed
/// results, out-of-range query numbers throw <see cref="ArgumentException"/>, unknown actors in queries throw
/// <see cref="GraphRuleException"/> with <c>UNKNOWN_ACTOR</c> and the field's path.
/// </summary>
public abstract partial class GraphStoreContractTests<TFixture> : IClassFixture<TFixture>, IAsyncLifetime
    where TFixture : class, IGraphStoreFixture
{
    protected static readonly DateTimeOffset Start = new(2024, 2, 14, 9, 30, 0, TimeSpan.Zero);

    protected GraphStoreContractTests(TFixture fixture)
    {
        Fixture = fixture;
    }

    protected TFixture Fixture { get; }

    protected ManualTimeProvider Clock { get; } = new(Start);

    protected IGraphStore Store { get; private set; } = null!;

    public async Task InitializeAsync() => Store = await Fixture.CreateEmptyStoreAsync(Clock);

    public Task DisposeAsync() => Fixture.ReleaseAsync(Store);

    /// <summary>Runs a write expected to break rules and returns every violation it reported.</summary>
    protected static async Task<IReadOnlyList<RuleViolation>> Refused(Func<Task> write)
    {
        var refusal = await Assert.ThrowsAsync<GraphRuleException>(write);
        return refusal.Violations;
    }

    protected static void AssertHas(IReadOnlyList<RuleViolation> violations, string code, string path) =>
        Assert.True(violations.Any(v => v.Code == code && v.Path == path),
            $"expected {code} at {path}, got: {string.Join("; ", violations)}");

    /// <summary>Actors are records with a list inside, which record equality compares by reference.</summary>
    protected static void AssertSameActor(Actor expected, Actor actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Aliases, actual.Aliases);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.Wikidata, actual.Wikidata);
    }

    protected async Task<IReadOnlyList<Tie>> TiesOf(string actorId, TieFilter? filter = null) =>
        (await Store.GetTiesOfActorsAsync([actorId], filter ?? TieFilter.None))[actorId];

    protected async Task<Actor> ActorAsync(string id) => (await Store.GetActorsAsync([id]))[id];

    protected async Task<Tie> TieAsync(string id) => (await Store.GetTiesByIdAsync([id]))[id];

    protected static TieFilter Window(DateOnly? from, DateOnly? to, bool includeUndated = false) =>
        new() { Window = new DateWindow(from, to, includeUndated) };

    protected static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    protected static Article ArticleWith(string id, string text) => new() { Id = id, Text = text };

    protected static Tie Report(string id, TieType type, string source, string target, string article, string evidence, PartialDate? date = null) =>
        new() { Id = id, Type = type, Source = source, Target = target, Article = article, Evidence = evidence, Date = date ?? PartialDate.Unknown };
}
