using System.Text.Json;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Import;

/// <summary>
/// Reads the import format (graph-schema/README.md) into a <see cref="GraphBatch"/>. Every shape problem of every
/// row is collected with its JSON path before anything is written; the store then checks the batch's references
/// and domain rules (<see cref="BatchRules"/>).
/// </summary>
public static partial class GraphDocumentReader
{
    private static readonly HashSet<string> TopLevel = ["meta", "articles", "actors", "ties", "merges"];

    /// <summary>Reads a document from a file; article <c>textFile</c> paths resolve against the file's folder.</summary>
    public static async Task<GraphBatch> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var stream = File.OpenRead(path);
        var root = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return await ReadAsync(stream, root, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads a document. <paramref name="textFileRoot"/> is the folder <c>textFile</c> paths resolve in; when null
    /// (documents sent over the network) articles must carry their text inline.
    /// </summary>
    public static async Task<GraphBatch> ReadAsync(Stream json, string? textFileRoot, CancellationToken cancellationToken = default)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(json, new JsonDocumentOptions { MaxDepth = 16 }, cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, byte {e.BytePositionInLine + 1}" : "";
            throw new GraphRuleException(new RuleViolation(ViolationCodes.Invalid, "$", $"the document is not valid JSON{where}"));
        }

        using (document)
        {
            return Read(document.RootElement, textFileRoot);
        }
    }

    /// <summary>Reads an already-parsed document (for example a GraphQL variable).</summary>
    public static GraphBatch Read(JsonElement root, string? textFileRoot)
    {
        var violations = new List<RuleViolation>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new GraphRuleException(new RuleViolation(ViolationCodes.Invalid, "$", $"the document must be a JSON object, not {JsonRecord.Describe(root)}"));
        }

        if (new JsonRecord(root, "$", TopLevel, violations).HasUnreadableName)
        {
            GraphRules.ThrowIfAny(violations);
        }

        var batch = new GraphBatch
        {
            Articles = ReadArray(root, "articles", violations, (e, p) => ReadArticle(e, p, textFileRoot, violations)),
            Actors = ReadArray(root, "actors", violations, (e, p) => ReadActor(e, p, violations)),
            Ties = ReadArray(root, "ties", violations, (e, p) => ReadTie(e, p, violations)),
            Merges = ReadArray(root, "merges", violations, (e, p) => ReadMerge(e, p, violations)),
        };
        GraphRules.ThrowIfAny(violations);
        return batch;
    }

    private static List<T> ReadArray<T>(JsonElement root, string name, List<RuleViolation> violations, Func<JsonElement, string, T?> read)
        where T : class
    {
        var list = new List<T>();
        if (!root.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            violations.Add(new(ViolationCodes.Invalid, $"$.{name}", $"must be an array, not {JsonRecord.Describe(array)}"));
            return list;
        }

        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"$.{name}[{i++}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                violations.Add(new(ViolationCodes.Invalid, path, $"must be an object, not {JsonRecord.Describe(element)}"));
                continue;
            }

            if (read(element, path) is { } item)
            {
                list.Add(item);
            }
        }

        return list;
    }
}
