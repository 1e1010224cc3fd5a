using KnowledgeGraph.Web.Tests.TestUtilities;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

/// <summary>What the graph view tells its reader when the API fails a request.</summary>
public sealed class ApiErrorTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task A_neighbourhood_cut_off_by_the_API_timeout_says_it_took_too_long_not_that_the_API_cannot_be_reached()
    {
        await using var view = await fixture.NewViewAsync();
        // What the API's request timeout sends (RequestTimeoutSeconds): a 504 without a body. The seed graph answers
        // far within any timeout, so only the neighbourhood query is answered this way; the page's other queries pass.
        await view.Page.RouteAsync("**/graphql", async route =>
        {
            if (route.Request.PostData?.Contains("query Neighbourhood", StringComparison.Ordinal) == true)
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 504, Body = "" });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await view.OpenAsync("actors=kataib-hezbollah&depth=3");

        var status = await view.Page.Locator("#status").TextContentAsync();
        Assert.Contains("took too long", status, StringComparison.Ordinal);
        Assert.Contains("took too long", await view.Page.Locator("#empty-detail").TextContentAsync(), StringComparison.Ordinal);
        Assert.True(await view.Page.Locator("#api-error").IsHiddenAsync(), "the API answered, so the cannot-reach banner should stay hidden");
    }
}
