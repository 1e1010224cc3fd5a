using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>Builds the read model from the database at open: four sequential scans, no joins.</summary>
internal static class ModelLoader
{
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

        using (var rows = connection.Command("SELECT seq, id, kind, name, aliases FROM actor ORDER BY seq").ExecuteReader())
        {
            while (rows.Read())
            {
                WireNames.TryParse(rows.GetString(2), out ActorKind kind);
                model.SetActor(GraphModel.IndexOf(rows.GetInt64(0)), rows.GetString(1), kind, rows.GetString(3), AliasColumn.Read(rows.GetString(4)));
            }
        }

        using (var rows = connection.Command("SELECT id, actor FROM actor_redirect").ExecuteReader())
        {
            while (rows.Read())
            {
                model.SetRedirect(rows.GetString(0), GraphModel.IndexOf(rows.GetInt64(1)));
            }
        }

        const string Ties = "SELECT seq, type, source, target, article, date_start, date_precision, retracted_at IS NOT NULL FROM tie ORDER BY seq";
        using (var rows = connection.Command(Ties).ExecuteReader())
        {
            while (rows.Read())
            {
                WireNames.TryParse(rows.GetString(1), out TieType type);
                var date = DateColumns.Read(TieRows.NullableString(rows, 5), rows.GetString(6));
                model.AddTie(GraphModel.IndexOf(rows.GetInt64(0)), type, GraphModel.IndexOf(rows.GetInt64(2)), GraphModel.IndexOf(rows.GetInt64(3)),
                    GraphModel.IndexOf(rows.GetInt64(4)), date, rows.GetBoolean(7));
            }
        }

        model.Names.Publish();
        return model;
    }
}
