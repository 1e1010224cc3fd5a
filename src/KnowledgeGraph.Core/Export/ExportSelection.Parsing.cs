using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export;

public sealed partial record ExportSelection
{
    public const string ActorsParameter = "actors";
    public const string DepthParameter = "depth";
    public const string MaxNodesParameter = "maxNodes";
    public const string ArticlesParameter = "articles";
    public const string TypesParameter = "types";
    public const string FromParameter = "from";
    public const string ToParameter = "to";
    public const string IncludeUndatedParameter = "includeUndated";
    public const string EdgesParameter = "edges";

    /// <summary>Every parameter a selection reads, in the order <see cref="ToParameters"/> writes them.</summary>
    public static IReadOnlyList<string> ParameterNames { get; } =
        [ActorsParameter, DepthParameter, MaxNodesParameter, ArticlesParameter, TypesParameter, FromParameter, ToParameter, IncludeUndatedParameter, EdgesParameter];

    private static readonly string[] NeighbourhoodOnly = [DepthParameter, MaxNodesParameter];
    private static readonly string[] Filters = [TypesParameter, FromParameter, ToParameter, IncludeUndatedParameter];

    /// <summary>
    /// Reads a selection from query-string parameters: <c>actors=a,b</c> with <c>depth</c> (1 to 3) and
    /// <c>maxNodes</c>, or <c>articles=a,b</c>, or neither for the whole graph; <c>types=ATTACKED,LEADS</c>,
    /// <c>from</c>/<c>to</c> (a year, month or day: <c>from</c> is the start of its interval, <c>to</c> the end) and
    /// <c>includeUndated=true|false</c> filter a neighbourhood or an articles export; <c>edges=reports|relations</c>.
    /// Every problem is reported, each naming its parameter.
    /// </summary>
    public static bool TryParse(IReadOnlyDictionary<string, string?> parameters, [NotNullWhen(true)] out ExportSelection? selection,
        out IReadOnlyList<ExportParameterError> errors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var problems = new List<ExportParameterError>();
        foreach (var name in parameters.Keys.Where(k => !ParameterNames.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(name, $"is not an export parameter; expected one of {string.Join(", ", ParameterNames)}"));
        }

        var reader = new ParameterReader(parameters, problems);
        var actors = reader.Ids(ActorsParameter, "actor", MaxSeeds);
        var articles = reader.Ids(ArticlesParameter, "article", MaxArticles);
        var depth = reader.Integer(DepthParameter, 1, NeighbourhoodQuery.MaxDepth);
        var maxNodes = reader.Integer(MaxNodesParameter, 1, MaxNodesLimit);
        var types = reader.TieTypes(TypesParameter);
        var from = reader.Date(FromParameter);
        var to = reader.Date(ToParameter);
        var includeUndated = reader.Boolean(IncludeUndatedParameter);
        var edges = reader.EdgeMode(EdgesParameter);
        if (from is { } f && to is { } t && f.Start > t.End)
        {
            problems.Add(new(ToParameter, $"\"{t}\" ends before from=\"{f}\" starts"));
        }

        CheckScope(parameters, parameters.ContainsKey(ActorsParameter), parameters.ContainsKey(ArticlesParameter), problems);
        errors = problems;
        selection = problems.Count > 0 ? null : new ExportSelection
        {
            Scope = actors is not null ? ExportScope.Neighbourhood : articles is not null ? ExportScope.Articles : ExportScope.WholeGraph,
            ActorIds = actors ?? [],
            ArticleIds = articles ?? [],
            Depth = depth ?? 1,
            MaxNodes = maxNodes ?? DefaultMaxNodes,
            TieTypes = types ?? [],
            Window = WindowOf(from, to, includeUndated),
            Edges = edges ?? EdgeMode.Reports,
        };
        return selection is not null;
    }

    private static void CheckScope(IReadOnlyDictionary<string, string?> parameters, bool hasActors, bool hasArticles, List<ExportParameterError> problems)
    {
        if (hasActors && hasArticles)
        {
            problems.Add(new(ArticlesParameter, "cannot be combined with actors: export either a neighbourhood or the ties of some articles"));
        }

        if (!hasActors)
        {
            foreach (var name in NeighbourhoodOnly.Where(parameters.ContainsKey))
            {
                problems.Add(new(name, "applies to a neighbourhood only: give actors as well"));
            }
        }

        if (!hasActors && !hasArticles)
        {
            foreach (var name in Filters.Where(parameters.ContainsKey))
            {
                problems.Add(new(name, "filters a neighbourhood or an articles export: give actors or articles as well (the whole graph is exported unfiltered)"));
            }
        }
    }

    // Without bounds every tie passes unless includeUndated=false asks for dated ties only; with bounds undated ties
    // are left out unless includeUndated=true, as DateWindow does everywhere else.
    private static DateWindow WindowOf(PartialDate? from, PartialDate? to, bool? includeUndated) =>
        from is null && to is null
            ? includeUndated == false ? new DateWindow(IncludeUndated: false) : DateWindow.All
            : DateWindow.Between(from, to, includeUndated ?? false);
}
