using KnowledgeGraph.Core.Export;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class GraphExportersTests
{
    [Theory]
    [InlineData("graphml", "application/xml", ".graphml")]
    [InlineData("gexf", "application/xml", ".gexf")]
    [InlineData("cytoscape", "application/json", ".cyjs")]
    [InlineData("csv", "application/zip", ".csv.zip")]
    [InlineData("jgf", "application/json", ".jgf.json")]
    [InlineData("json", "application/json", ".json")]
    public void Each_format_is_found_by_name_with_its_content_type_and_extension(string format, string contentType, string extension)
    {
        Assert.True(GraphExporters.TryGet(format.ToUpperInvariant(), out var exporter));
        Assert.Equal(format, exporter.Format);
        Assert.Equal(contentType, exporter.ContentType);
        Assert.Equal(extension, exporter.FileExtension);
    }

    [Fact]
    public void An_unknown_format_is_not_found()
    {
        Assert.False(GraphExporters.TryGet("dot", out _));
        Assert.False(GraphExporters.TryGet(null, out _));
    }

    [Fact]
    public void A_file_name_says_what_was_exported_and_when_in_UTC()
    {
        var at = new DateTimeOffset(2024, 2, 14, 11, 30, 5, TimeSpan.FromHours(2));
        Assert.Equal("knowledgegraph-neighbourhood-20240214T093005Z.gexf", GraphExporters.Gexf.FileNameFor(ExportSelection.Neighbourhood(["a"]), at));
        Assert.Equal("knowledgegraph-graph-20240214T093005Z.csv.zip", GraphExporters.Csv.FileNameFor(ExportSelection.WholeGraph(), at));
        Assert.Equal("knowledgegraph-articles-20240214T093005Z.json", GraphExporters.Json.FileNameFor(ExportSelection.OfArticles(["a"]), at));
    }

    [Fact]
    public void A_request_names_a_format_and_a_selection()
    {
        Assert.True(GraphExporters.TryParseRequest(new Dictionary<string, string?> { ["format"] = "gexf", ["actors"] = "a", ["depth"] = "2" },
            out var request, out var errors));
        Assert.Empty(errors);
        Assert.Same(GraphExporters.Gexf, request.Exporter);
        Assert.Equal(["a"], request.Selection.ActorIds);
        Assert.Equal(2, request.Selection.Depth);
    }

    [Fact]
    public void A_request_without_a_known_format_lists_the_formats_along_with_every_selection_problem()
    {
        Assert.False(GraphExporters.TryParseRequest(new Dictionary<string, string?> { ["depth"] = "9" }, out var request, out var errors));
        Assert.Null(request);
        Assert.Equal(
        [
            "format: is required: one of graphml, gexf, cytoscape, csv, jgf, json",
            "depth: must be a whole number from 1 to 3, not \"9\"",
            "depth: applies to a neighbourhood only: give actors as well",
        ], errors.Select(e => e.ToString()));

        GraphExporters.TryParseRequest(new Dictionary<string, string?> { ["format"] = "pajek" }, out _, out errors);
        Assert.Equal(["format: \"pajek\" is not an export format; expected one of graphml, gexf, cytoscape, csv, jgf, json"], errors.Select(e => e.ToString()));
    }

    [Fact]
    public void The_import_format_cannot_hold_relations()
    {
        GraphExporters.TryParseRequest(new Dictionary<string, string?> { ["format"] = "json", ["edges"] = "relations" }, out _, out var errors);
        Assert.Equal(["edges: the json format holds reports only: use edges=reports"], errors.Select(e => e.ToString()));
    }
}
