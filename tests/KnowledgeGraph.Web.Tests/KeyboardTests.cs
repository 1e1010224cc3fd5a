using KnowledgeGraph.Web.Tests.TestUtilities;
using Microsoft.Playwright;

namespace KnowledgeGraph.Web.Tests;

/// <summary>The graph view with the keyboard alone, and as a screen reader reads it.</summary>
public sealed class KeyboardTests(SeedGraphFixture fixture) : IClassFixture<SeedGraphFixture>
{
    [Fact]
    public async Task Search_list_view_and_evidence_work_from_the_keyboard_alone()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync();

        await TabUntilAsync(view.Page, "#search", limit: 5);
        await view.Page.Keyboard.TypeAsync("Kataib");
        var option = view.Page.Locator("#search-results [role=option][data-actor-id=kataib-hezbollah]");
        await option.WaitForAsync();
        var position = await view.Page.Locator("#search-results [role=option]").EvaluateAllAsync<int>(
            "options => options.findIndex(o => o.dataset.actorId === 'kataib-hezbollah')");
        for (var i = 0; i <= position; i++)
        {
            await view.Page.Keyboard.PressAsync("ArrowDown");
        }

        Assert.Equal("true", await option.GetAttributeAsync("aria-selected"));
        Assert.Equal(await option.GetAttributeAsync("id"), await view.Page.Locator("#search").GetAttributeAsync("aria-activedescendant"));
        await view.Page.Keyboard.PressAsync("Enter");
        await view.WaitForAsync("() => new URLSearchParams(location.search).get('actors') === 'kataib-hezbollah'");

        await TabUntilAsync(view.Page, "#list-toggle", limit: 40);
        await view.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("true", await view.Page.Locator("#list-toggle").GetAttributeAsync("aria-pressed"));
        await TabUntilAsync(view.Page, "#edge-list button[data-edge-id]", limit: 100);
        var relationId = await view.Page.EvaluateAsync<string>("() => document.activeElement.dataset.edgeId");
        var relation = view.Page.Locator($"#edge-list button[data-edge-id='{relationId}']");
        await view.Page.Keyboard.PressAsync("Enter");
        await view.Page.Locator("#report-list .report").First.WaitForAsync();

        Assert.Equal(relationId, view.UrlState()["edge"]);
        Assert.Equal("true", await relation.GetAttributeAsync("aria-pressed"));
        Assert.True(await view.Page.Locator("#edge-panel-title").EvaluateAsync<bool>("title => document.activeElement === title"),
            "choosing a relation from the list should move focus to the evidence panel");
        await Artifacts.ScreenshotAsync(view.Page, "09-keyboard-list-view-evidence");
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Every_control_has_an_accessible_name_with_a_view_its_list_the_evidence_and_the_export_menu_open()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync("actors=kataib-hezbollah&edge=hadi-al-amiri|MET_WITH|kataib-hezbollah&pathFrom=qassem-soleimani&pathTo=mohammed-shia-al-sudani");
        await view.Page.Locator("#report-list .report").First.WaitForAsync();
        await view.Page.Locator("#path-results button").First.WaitForAsync();
        await view.SetListViewAsync(true);
        await view.Page.Locator("#export-button").ClickAsync();
        await view.Page.Locator("#search").FillAsync("Ka");
        await view.Page.Locator("#search-results [role=option]").First.WaitForAsync();

        var (controls, unnamed) = await AccessibleNames.FindUnnamedControlsAsync(view.Page);

        Assert.True(controls > 50, $"only {controls} controls found in the accessibility tree");
        Assert.Empty(unnamed);
        await Artifacts.ScreenshotAsync(view.Page, "10-everything-open");
    }

    [Fact]
    public async Task Enter_pressed_before_the_suggestions_for_the_typed_name_arrive_opens_that_name_not_an_earlier_suggestion()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync();
        var search = view.Page.Locator("#search");
        await search.FillAsync("KH");
        await view.Page.Locator("#search-results [role=option][data-actor-id=kataib-hezbollah]").WaitForAsync();

        // The suggestions for "KH" are still shown when Enter follows the new name at once.
        await search.FillAsync("Badr Organization");
        await search.PressAsync("Enter");
        await view.WaitForAsync("() => new URLSearchParams(location.search).has('actors')");

        Assert.Equal("badr-organization", view.UrlState()["actors"]);
        Assert.Equal("Badr Organization", await search.InputValueAsync());
        Assert.Empty(view.Errors);
    }

    [Fact]
    public async Task Expanding_an_actor_from_the_list_view_keeps_the_keyboard_focus_on_that_actor()
    {
        await using var view = await fixture.NewViewAsync();
        await view.OpenAsync("actors=kataib-hezbollah");
        await view.SetListViewAsync(true);
        await view.Page.Locator("#node-list button[data-actor-id=iran]").FocusAsync();

        await view.Page.Keyboard.PressAsync("Enter");
        await view.WaitForAsync("() => new URLSearchParams(location.search).get('expanded') === 'iran'");

        Assert.Equal("iran", await view.Page.EvaluateAsync<string?>("() => document.activeElement?.dataset.actorId ?? null"));
        Assert.Empty(view.Errors);
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>; fails after <paramref name="limit"/> presses.</summary>
    private static async Task TabUntilAsync(IPage page, string selector, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }

        throw new InvalidOperationException($"{limit} presses of Tab did not reach {selector}");
    }
}
