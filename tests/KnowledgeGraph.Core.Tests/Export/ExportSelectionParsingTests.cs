using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class ExportSelectionParsingTests
{
    [Fact]
    public void No_parameters_select_the_whole_graph_as_reports()
    {
        var selection = Parse([]);
        Assert.Equal(ExportScope.WholeGraph, selection.Scope);
        Assert.Equal(EdgeMode.Reports, selection.Edges);
        Assert.Equal(DateWindow.All, selection.Window);
    }

    [Fact]
    public void Edges_relations_applies_to_the_whole_graph()
    {
        Assert.Equal(EdgeMode.Relations, Parse(new() { ["edges"] = "relations" }).Edges);
    }

    [Fact]
    public void Actors_with_every_filter_select_a_neighbourhood()
    {
        var selection = Parse(new()
        {
            ["actors"] = "kataib-hezbollah, badr-organization,kataib-hezbollah",
            ["depth"] = "2",
            ["types"] = "ATTACKED,leads",
            ["from"] = "2023-11",
            ["to"] = "2023-11",
            ["maxNodes"] = "50",
            ["edges"] = "Relations",
        });

        Assert.Equal(ExportScope.Neighbourhood, selection.Scope);
        Assert.Equal(["kataib-hezbollah", "badr-organization"], selection.ActorIds);
        Assert.Equal(2, selection.Depth);
        Assert.Equal(50, selection.MaxNodes);
        Assert.Equal([TieType.Attacked, TieType.Leads], selection.TieTypes);
        Assert.Equal(new DateWindow(new DateOnly(2023, 11, 1), new DateOnly(2023, 11, 30), IncludeUndated: false), selection.Window);
        Assert.Equal(EdgeMode.Relations, selection.Edges);
    }

    [Fact]
    public void A_year_from_starts_on_the_first_of_January_and_a_day_to_ends_that_day()
    {
        var selection = Parse(new() { ["articles"] = "a", ["from"] = "2022", ["to"] = "2023-02-14", ["includeUndated"] = "true" });
        Assert.Equal(new DateWindow(new DateOnly(2022, 1, 1), new DateOnly(2023, 2, 14), IncludeUndated: true), selection.Window);
    }

    [Fact]
    public void A_window_to_the_last_year_the_calendar_holds_ends_on_its_last_day()
    {
        var selection = Parse(new() { ["actors"] = "a", ["from"] = "0001", ["to"] = "9999" });
        Assert.Equal(new DateWindow(new DateOnly(1, 1, 1), new DateOnly(9999, 12, 31), IncludeUndated: false), selection.Window);
    }

    [Fact]
    public void IncludeUndated_false_without_dates_keeps_dated_ties_only()
    {
        Assert.Equal(new DateWindow(null, null, IncludeUndated: false), Parse(new() { ["articles"] = "a", ["includeUndated"] = "false" }).Window);
    }

    [Fact]
    public void Articles_select_the_ties_of_those_articles()
    {
        var selection = Parse(new() { ["articles"] = "report-one,report-two", ["types"] = "MET_WITH" });
        Assert.Equal(ExportScope.Articles, selection.Scope);
        Assert.Equal(["report-one", "report-two"], selection.ArticleIds);
        Assert.Equal([TieType.MetWith], selection.TieTypes);
    }

    [Fact]
    public void Every_problem_is_reported_with_its_parameter()
    {
        var errors = Errors(new()
        {
            ["actors"] = "Kataib Hezbollah,,ok",
            ["depth"] = "4",
            ["types"] = "ATTACKED,BOMBED",
            ["from"] = "2023-13",
            ["to"] = "yesterday",
            ["includeUndated"] = "yes",
            ["edges"] = "lines",
            ["maxNodes"] = "0",
            ["colour"] = "red",
        });

        Assert.Equal(
        [
            "colour: is not an export parameter; expected one of actors, depth, maxNodes, articles, types, from, to, includeUndated, edges",
            "actors: \"Kataib Hezbollah\" is not an actor id (lowercase letters, digits and single hyphens)",
            "actors: has an empty actor id; separate ids with single commas",
            "depth: must be a whole number from 1 to 3, not \"4\"",
            "maxNodes: must be a whole number from 1 to 10000, not \"0\"",
            "types: \"BOMBED\" is not a tie type; expected LEADS, AFFILIATED_WITH, MET_WITH, ATTACKED",
            "from: \"2023-13\" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
            "to: \"yesterday\" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD",
            "includeUndated: must be true or false, not \"yes\"",
            "edges: must be reports or relations, not \"lines\"",
        ], errors);
    }

    [Fact]
    public void Actors_and_articles_cannot_be_combined()
    {
        Assert.Equal(["articles: cannot be combined with actors: export either a neighbourhood or the ties of some articles"],
            Errors(new() { ["actors"] = "a", ["articles"] = "b" }));
    }

    [Fact]
    public void Depth_and_maxNodes_need_actors()
    {
        Assert.Equal(["depth: applies to a neighbourhood only: give actors as well", "maxNodes: applies to a neighbourhood only: give actors as well"],
            Errors(new() { ["articles"] = "a", ["depth"] = "2", ["maxNodes"] = "10" }));
    }

    [Fact]
    public void Filters_need_actors_or_articles()
    {
        var errors = Errors(new() { ["types"] = "LEADS", ["from"] = "2020", ["to"] = "2021", ["includeUndated"] = "true" });
        Assert.Equal(4, errors.Count);
        Assert.All(errors, e => Assert.EndsWith("filters a neighbourhood or an articles export: give actors or articles as well (the whole graph is exported unfiltered)", e, StringComparison.Ordinal));
    }

    [Fact]
    public void To_may_not_end_before_from_starts()
    {
        Assert.Equal(["to: \"2023-10\" ends before from=\"2023-11-05\" starts"], Errors(new() { ["actors"] = "a", ["from"] = "2023-11-05", ["to"] = "2023-10" }));
    }

    [Fact]
    public void Dates_that_share_a_day_overlap()
    {
        Assert.Equal(new DateOnly(2023, 11, 30), Parse(new() { ["actors"] = "a", ["from"] = "2023-11-30", ["to"] = "2023-11" }).Window.To);
    }

    [Fact]
    public void A_parameter_without_a_value_is_an_error()
    {
        Assert.Equal(["actors: needs a value", "depth: needs a value"], Errors(new() { ["actors"] = "", ["depth"] = null }));
    }

    [Fact]
    public void Too_many_seeds_are_refused()
    {
        var seeds = string.Join(',', Enumerable.Range(0, ExportSelection.MaxSeeds + 1).Select(i => $"actor-{i}"));
        Assert.Equal([$"actors: names 101 actors; at most 100 are accepted"], Errors(new() { ["actors"] = seeds }));
    }

    [Fact]
    public void Parameters_written_by_a_selection_parse_back_to_the_same_selection()
    {
        var original = ExportSelection.Neighbourhood(["kataib-hezbollah", "badr-organization"], depth: 3, types: [TieType.MetWith],
            window: DateWindow.Between(PartialDate.OfMonth(2023, 10), null, includeUndated: true), maxNodes: 77, edges: EdgeMode.Relations);
        var parsed = Parse(original.ToParameters().ToDictionary(p => p.Key, p => (string?)p.Value));

        Assert.Equal(original.ToQueryString(), parsed.ToQueryString());
        Assert.Equal(original.Window, parsed.Window);
        Assert.Equal("actors=kataib-hezbollah,badr-organization&depth=3&maxNodes=77&types=MET_WITH&from=2023-10-01&includeUndated=true&edges=relations",
            original.ToQueryString());
    }

    [Fact]
    public void A_selection_describes_itself_in_words()
    {
        Assert.Equal("the whole graph: every actor and every live tie; one edge per report", ExportSelection.WholeGraph().Describe());
        Assert.Equal(
            "the neighbourhood of kataib-hezbollah within 2 hops (at most 500 actors); ties of type ATTACKED; dated between 2023-11-01 and 2023-11-30, "
            + "undated ties left out; one edge per relation (all reports of one source, type and target folded together)",
            ExportSelection.Neighbourhood(["kataib-hezbollah"], depth: 2, types: [TieType.Attacked],
                window: DateWindow.Between(PartialDate.OfMonth(2023, 11), PartialDate.OfMonth(2023, 11)), edges: EdgeMode.Relations).Describe());
        Assert.Equal("the ties reported by the article a-1 and the actors they link; dated ties only; one edge per report",
            ExportSelection.OfArticles(["a-1"], window: new DateWindow(IncludeUndated: false)).Describe());
    }

    private static ExportSelection Parse(Dictionary<string, string?> parameters)
    {
        Assert.True(ExportSelection.TryParse(parameters, out var selection, out var errors), string.Join('\n', errors));
        Assert.Empty(errors);
        return selection;
    }

    private static List<string> Errors(Dictionary<string, string?> parameters)
    {
        Assert.False(ExportSelection.TryParse(parameters, out var selection, out var errors));
        Assert.Null(selection);
        return [.. errors.Select(e => e.ToString())];
    }
}
