using System.Globalization;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    // Cypher takes no parameter for a variable-length bound, so there is one fixed text per allowed hop count,
    // built here from the constant range 1..MaxHops and picked by index; no request value reaches the text.
    // The pattern names no relationship type: on Java 17, Neo4j 3.1.1's shortest-path planner fails with
    // "RelationshipType.withName ... must be InterfaceMethodref constant" for a typed one, so the type is a predicate.
    private static readonly string[] ShortestPathQueries = Enumerable.Range(1, PathQuery.MaxHops)
        .Select(hops => "MATCH (f:Actor {id: $from}), (g:Actor {id: $to}) "
            + $"MATCH p = allShortestPaths((f)-[*..{hops.ToString(CultureInfo.InvariantCulture)}]-(g)) "
            + "WHERE ALL(r IN relationships(p) WHERE type(r) = 'TIE' AND " + TieFilterCypher.Where("r") + ") "
            + "RETURN [n IN nodes(p) | n.id] AS ids")
        .ToArray();

    private static readonly string HopTiesQuery =
        "UNWIND $pairs AS pair MATCH (a:Actor {id: pair[0]})-[t:TIE]-(b:Actor) USING INDEX a:Actor(id) WHERE b.id = pair[1] AND " + TieFilterCypher.Where("t")
        + " RETURN pair[0] AS a, pair[1] AS b, " + TieProperties.Projection;

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The maximum length is outside 1..6 or the limit is below 1.</exception>
    /// <exception cref="Core.Rules.GraphRuleException">An end is unknown (<c>UNKNOWN_ACTOR</c> at <c>$.from</c> or <c>$.to</c>).</exception>
    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        QueryChecks.Paths(query);
        var run = Reader;
        var resolved = await GraphReads.ResolveAsync(run, new[] { query.From, query.To }.Where(id => id is not null), cancellationToken).ConfigureAwait(false);
        QueryChecks.Known(resolved, [(query.From, "$.from"), (query.To, "$.to")]);
        string from = resolved[query.From], to = resolved[query.To];
        if (from == to)
        {
            return [new GraphPath([from], [])];
        }

        var parameters = new Dictionary<string, object?> { ["from"] = from, ["to"] = to };
        TieFilterCypher.AddParameters(parameters, query.Filter);
        var records = await run.RecordsAsync(Statements.Of(ShortestPathQueries[query.MaxLength - 1], parameters), cancellationToken).ConfigureAwait(false);

        // Parallel ties give one Cypher path each for the same actors; a path here is the actors, in id order.
        var paths = records
            .Select(r => ((IReadOnlyList<object?>)r.GetValue("ids")!).Select(id => (string)id!).ToArray())
            .DistinctBy(ids => string.Join('\n', ids))
            .Order(Comparer<string[]>.Create(CompareIds))
            .Take(query.Limit)
            .ToList();
        if (paths.Count == 0)
        {
            return [];
        }

        var pairs = paths.SelectMany(ids => ids.Zip(ids.Skip(1), (a, b) => (a, b))).Distinct().ToList();
        var hopParameters = new Dictionary<string, object?> { ["pairs"] = pairs.Select(p => new[] { p.a, p.b }).ToArray() };
        TieFilterCypher.AddParameters(hopParameters, query.Filter);
        var hops = pairs.ToDictionary(p => p, _ => new Dictionary<string, Tie>(StringComparer.Ordinal));
        foreach (var record in await run.RecordsAsync(Statements.Of(HopTiesQuery, hopParameters), cancellationToken).ConfigureAwait(false))
        {
            var tie = TieProperties.Read(record);
            hops[((string)record.GetValue("a")!, (string)record.GetValue("b")!)].TryAdd(tie.Id, tie);
        }

        return paths.ConvertAll(ids => new GraphPath(ids, ids.Zip(ids.Skip(1), (a, b) =>
            (IReadOnlyList<Tie>)[.. hops[(a, b)].Values.OrderBy(t => t.Id, StringComparer.Ordinal)]).ToList()));
    }

    private static int CompareIds(string[] a, string[] b)
    {
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            var order = string.CompareOrdinal(a[i], b[i]);
            if (order != 0)
            {
                return order;
            }
        }

        return a.Length.CompareTo(b.Length);
    }
}
