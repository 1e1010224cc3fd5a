using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc/>
    /// <remarks>
    /// Rows already stored are counted unchanged: an article or tie with a stored id (same content, else the batch is
    /// refused with <c>CONFLICT</c>), and a live tie reporting what a stored tie or an earlier live tie of the batch
    /// reports. A retracted tie is a record of a withdrawal and is kept even when another tie says the same.
    /// </remarks>
    public Task<ImportResult> ImportAsync(GraphBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return WriteAsync(session => BatchImport.Run(session, batch, cancellationToken), cancellationToken, checkedReferences: true);
    }
}
