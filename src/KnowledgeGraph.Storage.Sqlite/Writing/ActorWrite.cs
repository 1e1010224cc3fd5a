using System.Buffers;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Sqlite.Database;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>Inserts new actors and rewrites existing ones through two prepared statements, reused for every row of a write.</summary>
internal sealed class ActorWrite : IDisposable
{
    private const string InsertSql = "INSERT INTO actor (seq, id, kind, name, aliases, description, wikidata) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

    private const string UpdateSql = "UPDATE actor SET id = ?2, kind = ?3, name = ?4, aliases = ?5, description = ?6, wikidata = ?7 WHERE seq = ?1";

    private readonly RawStatement _insert;
    private readonly RawStatement _update;
    private readonly ArrayBufferWriter<byte> _aliasBuffer = new();
    private readonly Utf8JsonWriter _aliasJson;

    public ActorWrite(StoreConnection connection)
    {
        _insert = new RawStatement(connection.Connection, InsertSql);
        _update = new RawStatement(connection.Connection, UpdateSql);
        _aliasJson = new Utf8JsonWriter(_aliasBuffer);
    }

    /// <param name="seq">The actor's row seq.</param>
    /// <param name="actor">The actor, its aliases already in stored form.</param>
    /// <param name="isNew">Whether the row is to be created.</param>
    public void Run(int seq, Actor actor, bool isNew)
    {
        var statement = isNew ? _insert : _update;
        statement.Bind(1, seq);
        statement.Bind(2, actor.Id);
        statement.Bind(3, WireNames.Of(actor.Kind));
        statement.Bind(4, actor.Name);
        statement.Bind(5, AliasColumn.Write(_aliasJson, _aliasBuffer, actor.Aliases));
        statement.Bind(6, actor.Description);
        statement.Bind(7, actor.Wikidata);
        statement.Execute();
    }

    public void Dispose()
    {
        _insert.Dispose();
        _update.Dispose();
        _aliasJson.Dispose();
    }
}
