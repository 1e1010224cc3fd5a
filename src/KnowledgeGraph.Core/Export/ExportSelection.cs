using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Core.Export;

/// <summary>
/// What an export covers: the whole graph, the neighbourhood of some seed actors, or the ties some articles report;
/// and whether each edge is one report or one relation. Built from query-string parameters by
/// <see cref="TryParse"/>, or by <see cref="WholeGraph"/>, <see cref="Neighbourhood"/> and <see cref="OfArticles"/>.
/// Every export file records its selection both in words (<see cref="Describe"/>) and as parameters
/// (<see cref="ToParameters"/>), so the same file can be produced again.
/// </summary>
public sealed partial record ExportSelection
{
    /// <summary>The most seed actors one neighbourhood export takes.</summary>
    public const int MaxSeeds = 100;

    /// <summary>The most articles one export takes.</summary>
    public const int MaxArticles = 500;

    /// <summary>The most actors a neighbourhood export returns.</summary>
    public const int MaxNodesLimit = 10_000;

    /// <summary>The actor cap of a neighbourhood export when none is given.</summary>
    public const int DefaultMaxNodes = 500;

    private ExportSelection()
    {
    }

    public ExportScope Scope { get; private init; }

    /// <value>The seeds of a neighbourhood, in the order given; empty for other scopes.</value>
    public IReadOnlyList<string> ActorIds { get; private init; } = [];

    /// <value>How many hops a neighbourhood reaches, 1 to <see cref="NeighbourhoodQuery.MaxDepth"/>.</value>
    public int Depth { get; private init; } = 1;

    /// <value>The most actors a neighbourhood returns; the walk stops breadth first and the export says it was cut.</value>
    public int MaxNodes { get; private init; } = DefaultMaxNodes;

    /// <value>The articles of an articles export, in the order given; empty for other scopes.</value>
    public IReadOnlyList<string> ArticleIds { get; private init; } = [];

    /// <value>The tie types kept; empty keeps every type.</value>
    public IReadOnlyList<TieType> TieTypes { get; private init; } = [];

    /// <value>The dates kept. The default, <see cref="DateWindow.All"/>, keeps every tie, dated or not.</value>
    public DateWindow Window { get; private init; } = DateWindow.All;

    public EdgeMode Edges { get; private init; }

    /// <summary>Every actor and every live tie.</summary>
    public static ExportSelection WholeGraph(EdgeMode edges = EdgeMode.Reports) => new() { Scope = ExportScope.WholeGraph, Edges = edges };

    /// <summary>The actors within <paramref name="depth"/> hops of the seeds and the ties among them that pass the filters.</summary>
    public static ExportSelection Neighbourhood(IEnumerable<string> actorIds, int depth = 1, IEnumerable<TieType>? types = null,
        DateWindow? window = null, int maxNodes = DefaultMaxNodes, EdgeMode edges = EdgeMode.Reports)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, NeighbourhoodQuery.MaxDepth);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodes, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxNodes, MaxNodesLimit);
        return new()
        {
            Scope = ExportScope.Neighbourhood,
            ActorIds = DistinctIds(actorIds, nameof(actorIds), MaxSeeds),
            Depth = depth,
            MaxNodes = maxNodes,
            TieTypes = types?.Distinct().ToArray() ?? [],
            Window = window ?? DateWindow.All,
            Edges = edges,
        };
    }

    /// <summary>The ties the articles report that pass the filters, and the actors those ties link.</summary>
    public static ExportSelection OfArticles(IEnumerable<string> articleIds, IEnumerable<TieType>? types = null, DateWindow? window = null,
        EdgeMode edges = EdgeMode.Reports) => new()
    {
        Scope = ExportScope.Articles,
        ArticleIds = DistinctIds(articleIds, nameof(articleIds), MaxArticles),
        TieTypes = types?.Distinct().ToArray() ?? [],
        Window = window ?? DateWindow.All,
        Edges = edges,
    };

    /// <summary>The tie filter the selection reads with: its types and its date window, live ties only.</summary>
    public TieFilter ToTieFilter() => new() { Types = TieTypes.Count > 0 ? TieTypes : null, Window = Window };

    private static string[] DistinctIds(IEnumerable<string> ids, string name, int max)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var distinct = ids.Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0 || distinct.Length > max)
        {
            throw new ArgumentException($"between 1 and {max} ids are required, got {distinct.Length}", name);
        }

        return distinct;
    }
}
