using System.Runtime.CompilerServices;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Cypher;

namespace KnowledgeGraph.Storage.Neo4j;

// Streams read one auto-commit statement record by record as the server sends them, so an export never holds the
// graph in memory.
public sealed partial class Neo4jGraphStore
{
    private const string ActorStream = "MATCH (a:Actor) RETURN " + ActorProperties.Projection + " ORDER BY a.id";

    private const string ArticleStream = "MATCH (r:Article) RETURN r AS article ORDER BY r.id";

    private const string MergeStream = "MATCH (m:Merge) RETURN m AS merge ORDER BY m.seq";

    private static readonly string TieStream =
        "MATCH (:Actor)-[t:TIE]->(:Actor) WHERE " + TieFilterCypher.Where("t") + " RETURN " + TieProperties.Projection + " ORDER BY t.id";

    /// <inheritdoc/>
    public IAsyncEnumerable<Actor> StreamActorsAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(new Neo4jStatement(ActorStream), r => ActorProperties.Read(PropertyValues.Map(r.GetValue("actor"))), cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<Article> StreamArticlesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(new Neo4jStatement(ArticleStream), r => ArticleProperties.Read(PropertyValues.Map(r.GetValue("article"))), cancellationToken);

    /// <inheritdoc/>
    public IAsyncEnumerable<Tie> StreamTiesAsync(TieFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parameters = new Dictionary<string, object?>();
        TieFilterCypher.AddParameters(parameters, filter);
        return StreamAsync(Statements.Of(TieStream, parameters), TieProperties.Read, cancellationToken);
    }

    /// <inheritdoc/>
    public IAsyncEnumerable<MergeRecord> StreamMergesAsync(CancellationToken cancellationToken = default) =>
        StreamAsync(new Neo4jStatement(MergeStream), r => MergeProperties.Read(PropertyValues.Map(r.GetValue("merge"))), cancellationToken);

    private async IAsyncEnumerable<T> StreamAsync<T>(Neo4jStatement statement, Func<Neo4jRecord, T> read, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        await foreach (var record in _client.StreamAsync(statement, cancellationToken).ConfigureAwait(false))
        {
            yield return read(record);
        }
    }
}
