using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Sqlite.Tests.ReadModel;

public sealed class GraphModelTests(SqliteFixture fixture) : IClassFixture<SqliteFixture>
{
    [Fact]
    public async Task Ties_dated_in_the_last_year_and_month_the_calendar_holds_are_written_reloaded_and_found_in_a_window()
    {
        var path = fixture.NewPath();
        var g = new GraphBuilder();
        var kh = g.Faction("Kataib Hezbollah");
        var us = g.Government("US");
        var inYear = g.Attacked(kh, us, PartialDate.OfYear(9999));
        var inMonth = g.Attacked(us, kh, PartialDate.OfMonth(9999, 12));
        var clock = new ManualTimeProvider(new DateTimeOffset(2024, 2, 14, 9, 30, 0, TimeSpan.Zero));
        await using (var store = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, clock))
        {
            await g.SeedAsync(store);
        }

        await using var reopened = await SqliteGraphStore.OpenAsync(new SqliteStoreOptions { Path = path }, clock);

        var filter = new TieFilter { Window = new DateWindow(new DateOnly(9999, 12, 31), null) };
        var ties = (await reopened.GetTiesOfActorsAsync([kh.Id], filter))[kh.Id];
        Assert.Equal(new[] { inYear.Id, inMonth.Id }.Order(StringComparer.Ordinal), ties.Select(t => t.Id).Order(StringComparer.Ordinal));
    }
}
