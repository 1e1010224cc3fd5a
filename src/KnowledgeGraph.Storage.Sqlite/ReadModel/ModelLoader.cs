using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// Builds the read model from the database at open: four sequential scans, no joins. SQLite turns wire names and
/// dates into the numbers the model keeps, so a million ties load without a string made per column.
/// </summary>
internal static class ModelLoader
{
    // julianday('0001-01-01') is 1721425.5; DateOnly counts days from that date.
    private static readonly string TiesSql =
        $"SELECT seq, {AsIndex("type", WireNames.AllTieTypes)}, source, target, article, {AsIndex("date_precision", WireNames.AllPrecisions)}, "
        + "CAST(julianday(date_start) - 1721425.5 AS INTEGER), retracted_at IS NOT NULL FROM tie ORDER BY seq";

    public static GraphModel Load(StoreConnection connection)
    {
        var model = new GraphModel();
        using (var rows = connection.Command("SELECT seq, id FROM article ORDER BY seq").ExecuteReader())
        {
            while (rows.Read())
            {
                model.AddArticle(GraphModel.IndexOf(rows.GetInt64(0)), rows.GetString(1));
            }
        }

        using (var rows = connection.Command($"SELECT seq, id, {AsIndex("kind", WireNames.AllKinds)}, name, aliases FROM actor ORDER BY seq").ExecuteReader())
        {
            while (rows.Read())
            {
                model.SetActor(GraphModel.IndexOf(rows.GetInt64(0)), rows.GetString(1), (ActorKind)rows.GetInt32(2), rows.GetString(3), AliasColumn.Read(rows.GetString(4)));
            }
        }

        using (var rows = connection.Command("SELECT id, actor FROM actor_redirect").ExecuteReader())
        {
            while (rows.Read())
            {
                model.SetRedirect(rows.GetString(0), GraphModel.IndexOf(rows.GetInt64(1)));
            }
        }

        using (var rows = connection.Command(TiesSql).ExecuteReader())
        {
            while (rows.Read())
            {
                model.AddTie(GraphModel.IndexOf(rows.GetInt64(0)), (TieType)rows.GetInt32(1), GraphModel.IndexOf(rows.GetInt64(2)), GraphModel.IndexOf(rows.GetInt64(3)),
                    GraphModel.IndexOf(rows.GetInt64(4)), (DatePrecision)rows.GetInt32(5), rows.IsDBNull(6) ? 0 : rows.GetInt32(6), rows.GetBoolean(7));
            }
        }

        model.Names.Publish();
        return model;
    }

    // The enums are declared in the order of their wire names, so a name's position is its value.
    private static string AsIndex(string column, IReadOnlyList<string> names) =>
        $"CASE {column} {string.Concat(names.Select((name, i) => $"WHEN '{name}' THEN {i} "))}END";
}
