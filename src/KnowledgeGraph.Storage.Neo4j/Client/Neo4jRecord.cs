using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.Client;

/// <summary>One row of a result: a value per column, reachable by column name or position.</summary>
/// <remarks>
/// Values are JSON as the server sent them. Nodes and relationships arrive as maps of their
/// properties. <see cref="GetValue(string)"/> converts to plain .NET values: <see cref="string"/>,
/// <see cref="long"/>, <see cref="double"/>, <see cref="bool"/>, <see langword="null"/>,
/// <see cref="IReadOnlyList{T}"/> of values and <see cref="IReadOnlyDictionary{TKey, TValue}"/> of values.
/// </remarks>
public sealed class Neo4jRecord
{
    private readonly Neo4jColumns columns;
    private readonly JsonElement row;

    internal Neo4jRecord(Neo4jColumns columns, JsonElement row)
    {
        this.columns = columns;
        this.row = row;
    }

    /// <summary>Gets the column names, in order.</summary>
    public IReadOnlyList<string> Keys => columns.Names;

    /// <summary>Gets the number of values in the record.</summary>
    public int Count => row.GetArrayLength();

    /// <summary>Gets the JSON value at a position.</summary>
    /// <param name="index">The zero-based column position.</param>
    /// <returns>The value as sent by the server.</returns>
    public JsonElement this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return row[index];
        }
    }

    /// <summary>Gets the JSON value of a column.</summary>
    /// <param name="key">The column name, as the statement returns it.</param>
    /// <returns>The value as sent by the server.</returns>
    /// <exception cref="KeyNotFoundException">The result has no such column.</exception>
    public JsonElement this[string key] => row[columns.IndexOf(key)];

    /// <summary>Gets the value at a position as a plain .NET value.</summary>
    /// <param name="index">The zero-based column position.</param>
    /// <returns>The converted value.</returns>
    public object? GetValue(int index) => JsonValueConverter.ToClrValue(this[index]);

    /// <summary>Gets the value of a column as a plain .NET value.</summary>
    /// <param name="key">The column name.</param>
    /// <returns>The converted value.</returns>
    public object? GetValue(string key) => JsonValueConverter.ToClrValue(this[key]);

    /// <summary>Deserializes the value of a column into <typeparamref name="T"/> with System.Text.Json.</summary>
    /// <typeparam name="T">The type to read, such as <see cref="string"/>, <see cref="long"/> or a list of strings.</typeparam>
    /// <param name="key">The column name.</param>
    /// <returns>The deserialized value.</returns>
    public T? Get<T>(string key) => this[key].Deserialize<T>();
}
