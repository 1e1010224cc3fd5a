using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>Whole rows fetched by key, each batch in one statement.</summary>
internal static class StoredRows
{
    public static Dictionary<int, Tie> TiesBySeq(StoreConnection connection, IEnumerable<int> seqs) =>
        ReadAll(connection.Command(TieRows.BySeqs, "$seqs", JsonList.Of(seqs)), TieRows.Read);

    public static Dictionary<int, Actor> ActorsBySeq(StoreConnection connection, IEnumerable<int> seqs) =>
        ReadAll(connection.Command(ActorRows.BySeqs, "$seqs", JsonList.Of(seqs)), ActorRows.Read);

    public static Dictionary<int, Article> ArticlesBySeq(StoreConnection connection, IEnumerable<int> seqs) =>
        ReadAll(connection.Command(ArticleRows.BySeqs, "$seqs", JsonList.Of(seqs)), ArticleRows.Read);

    public static Dictionary<int, ArticleMetadata> ArticleMetadataBySeq(StoreConnection connection, IEnumerable<int> seqs) =>
        ReadAll(connection.Command(ArticleRows.MetadataBySeqs, "$seqs", JsonList.Of(seqs)), ArticleRows.ReadMetadata);

    public static Dictionary<string, Tie> TiesById(StoreConnection connection, IEnumerable<string> ids)
    {
        var ties = ReadAll(connection.Command(TieRows.ByIds, "$ids", JsonList.Of(ids)), TieRows.Read);
        return ties.Values.ToDictionary(tie => tie.Id, StringComparer.Ordinal);
    }

    public static Actor Actor(StoreConnection connection, int seq) =>
        ReadAll(connection.Command(ActorRows.BySeq, "$seq", seq), ActorRows.Read).Values.Single();

    public static Article Article(StoreConnection connection, int seq) =>
        ReadAll(connection.Command(ArticleRows.BySeq, "$seq", seq), ArticleRows.Read).Values.Single();

    public static Tie? TieById(StoreConnection connection, string id) => TieWithSeqById(connection, id)?.Tie;

    public static (int Seq, Tie Tie)? TieWithSeqById(StoreConnection connection, string id)
    {
        var rows = ReadAll(connection.Command(TieRows.ById, "$id", id), TieRows.Read);
        return rows.Count == 0 ? null : (rows.Keys.Single(), rows.Values.Single());
    }

    private static Dictionary<int, T> ReadAll<T>(SqliteCommand command, Func<SqliteDataReader, (int Seq, T Row)> read)
    {
        var rows = new Dictionary<int, T>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var (seq, row) = read(reader);
            rows[seq] = row;
        }

        return rows;
    }
}
