using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Sqlite.Database;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

// Streams read one statement row by row on a connection of their own; SQLite gives that statement a consistent
// snapshot, so a stream sees the graph as it was when it started, whatever is written meanwhile.
public sealed partial class SqliteGraphStore
{
    internal const string MergesInOrder = "SELECT kept, merged, merged_by, merged_at, reason FROM merge_record ORDER BY seq";

    /// <inheritdoc/>
    public IAsyncEnumerable<Actor> StreamActorsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(ActorRows.InIdOrder, row => ActorRows.Read(row).Actor, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<Article> StreamArticlesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(ArticleRows.InIdOrder, row => ArticleRows.Read(row).Article, cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<Tie> StreamTiesAsync(TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return StreamAsync(TieRows.InIdOrder, row => TieRows.Read(row).Tie, cancellationToken).Where(filter.Matches);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MergeRecord> StreamMergesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(MergesInOrder, row => new MergeRecord(row.GetString(0), row.GetString(1), row.GetString(2), DateColumns.ReadInstant(row.GetString(3)), row.GetString(4)),
            cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<SqliteDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        var connection = _readers.Rent();
        try
        {
            using var rows = await connection.Command(sql).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return read(rows);
            }
        }
        finally
        {
            _readers.Return(connection);
        }
    }
}
