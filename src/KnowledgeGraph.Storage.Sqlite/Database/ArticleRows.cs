using KnowledgeGraph.Core.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Database;

/// <summary>Reading whole articles.</summary>
internal static class ArticleRows
{
    private const string MetadataColumns = "SELECT r.seq, r.id, r.title, r.publisher, r.url, r.published_start, r.published_precision, r.note";

    private const string Select = MetadataColumns + ", r.text";

    /// <summary>Articles by seq; <c>$seqs</c> is a JSON array of seqs.</summary>
    public const string BySeqs = Select + " FROM json_each($seqs) AS k CROSS JOIN article AS r ON r.seq = k.value";

    /// <summary>Articles' metadata, without their texts, by seq; <c>$seqs</c> is a JSON array of seqs.</summary>
    public const string MetadataBySeqs = MetadataColumns + " FROM json_each($seqs) AS k CROSS JOIN article AS r ON r.seq = k.value";

    public const string BySeq = Select + " FROM article AS r WHERE r.seq = $seq";

    public const string InIdOrder = Select + " FROM article AS r ORDER BY r.id";

    /// <summary>One keyset page: the articles after <c>$after</c> in id order.</summary>
    public const string PageAfter = Select + " FROM article AS r WHERE r.id > $after ORDER BY r.id LIMIT $limit";

    // The metadata columns come first, in the same places, so the whole row is the metadata and then the text.
    public static (int Seq, Article Article) Read(SqliteDataReader row)
    {
        var (seq, metadata) = ReadMetadata(row);
        return (seq, metadata.WithText(row.GetString(8)));
    }

    /// <summary>An article's metadata from a row holding <see cref="MetadataColumns"/>.</summary>
    public static (int Seq, ArticleMetadata Metadata) ReadMetadata(SqliteDataReader row)
    {
        var metadata = new ArticleMetadata
        {
            Id = row.GetString(1),
            Title = TieRows.NullableString(row, 2),
            Publisher = TieRows.NullableString(row, 3),
            Url = TieRows.NullableString(row, 4),
            PublishedAt = DateColumns.Read(TieRows.NullableString(row, 5), row.GetString(6)),
            Note = TieRows.NullableString(row, 7),
        };
        return (row.GetInt32(0), metadata);
    }
}
