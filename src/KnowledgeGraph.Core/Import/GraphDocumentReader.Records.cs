using System.Globalization;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Import;

public static partial class GraphDocumentReader
{
    private static readonly HashSet<string> ArticleFields = ["id", "title", "publisher", "url", "publishedAt", "publishedPrecision", "note", "text", "textFile"];
    private static readonly HashSet<string> ActorFields = ["id", "kind", "name", "aliases", "description", "wikidata"];
    private static readonly HashSet<string> TieFields = ["id", "type", "source", "target", "article", "date", "datePrecision", "location", "evidence", "note", "retraction"];
    private static readonly HashSet<string> RetractionFields = ["reason", "by", "at"];
    private static readonly HashSet<string> MergeFields = ["kept", "merged", "by", "at", "reason"];

    // Article files must be UTF-8: a file in another encoding, read leniently, would be stored with replacement
    // characters, and its evidence checked against text its source never had.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The forms an export writes (2024-02-14T09:30:00.000Z) and ISO-8601's other usual spellings of an instant.
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd"];

    private static Article ReadArticle(JsonElement element, string path, string? textFileRoot, List<RuleViolation> violations)
    {
        var record = new JsonRecord(element, path, ArticleFields, violations);
        return new Article
        {
            Id = record.String("id") ?? "",
            Title = record.String("title"),
            Publisher = record.String("publisher"),
            Url = record.String("url"),
            PublishedAt = record.Date("publishedAt", "publishedPrecision"),
            Note = record.String("note"),
            Text = ReadText(record, textFileRoot) ?? "",
        };
    }

    // Text comes inline or from a file beside the document; a file path may not leave that folder, and documents
    // from the network (no root) must carry their text inline.
    private static string? ReadText(JsonRecord record, string? textFileRoot)
    {
        var inline = record.String("text");
        var file = record.String("textFile");
        if (inline is not null && file is not null)
        {
            record.Fail("textFile", "give either text or textFile, not both");
            return inline;
        }

        if (file is null)
        {
            return inline;
        }

        if (textFileRoot is null)
        {
            record.Fail("textFile", "is not accepted here; send the article text inline as \"text\"");
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(textFileRoot, file));
        var rootWithSeparator = Path.TrimEndingDirectorySeparator(Path.GetFullPath(textFileRoot)) + Path.DirectorySeparatorChar;
        if (Path.IsPathRooted(file) || !full.StartsWith(rootWithSeparator, StringComparison.Ordinal))
        {
            record.Fail("textFile", $"\"{file}\" must be a relative path inside the document's folder");
            return null;
        }

        if (LinkBetween(rootWithSeparator, full) is { } link)
        {
            // A link may point anywhere: a document handed over with one could carry any readable file into the graph.
            record.Fail("textFile", $"\"{file}\" goes through the symbolic link \"{Path.GetRelativePath(rootWithSeparator, link)}\"; text files must be plain files inside the document's folder");
            return null;
        }

        if (!File.Exists(full))
        {
            record.Fail("textFile", Directory.Exists(full) ? $"\"{file}\" is a folder, not a text file" : $"\"{file}\" does not exist");
            return null;
        }

        try
        {
            return File.ReadAllText(full, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            record.Fail("textFile", $"\"{file}\" is not UTF-8 text; convert it to UTF-8 so its words are stored as written");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            record.Fail("textFile", $"\"{file}\" cannot be read: {e.Message}");
        }

        return null;
    }

    /// <summary>The first folder or file from <paramref name="root"/> down to <paramref name="full"/> that is a symbolic link, or null.</summary>
    private static string? LinkBetween(string root, string full)
    {
        var path = root.TrimEnd(Path.DirectorySeparatorChar);
        foreach (var part in Path.GetRelativePath(root, full).Split(Path.DirectorySeparatorChar))
        {
            path = Path.Combine(path, part);
            FileSystemInfo entry = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!entry.Exists && entry.LinkTarget is null)
            {
                return null;
            }

            if (entry.LinkTarget is not null)
            {
                return path;
            }
        }

        return null;
    }

    private static Actor ReadActor(JsonElement element, string path, List<RuleViolation> violations)
    {
        var record = new JsonRecord(element, path, ActorFields, violations);
        return new Actor
        {
            Id = record.String("id") ?? "",
            Kind = record.Enum<ActorKind>("kind", WireNames.TryParse, WireNames.AllKinds, ActorKind.Faction),
            Name = record.String("name") ?? "",
            Aliases = record.Strings("aliases"),
            Description = record.String("description"),
            Wikidata = record.String("wikidata"),
        };
    }

    private static Tie ReadTie(JsonElement element, string path, List<RuleViolation> violations)
    {
        var record = new JsonRecord(element, path, TieFields, violations);
        var tie = new Tie
        {
            Id = record.String("id") ?? "",
            Type = record.Enum<TieType>("type", WireNames.TryParse, WireNames.AllTieTypes, TieType.AffiliatedWith),
            Source = record.String("source") ?? "",
            Target = record.String("target") ?? "",
            Article = record.String("article") ?? "",
            Date = record.Date("date", "datePrecision"),
            Location = record.String("location"),
            Evidence = record.String("evidence") ?? "",
            Note = record.String("note"),
            Retraction = record.Object("retraction") is { } retraction ? ReadRetraction(retraction, $"{path}.retraction", violations) : null,
        };

        // A tie without an id is named by its content, so importing the same document twice adds nothing.
        return tie.Id.Length == 0 ? tie with { Id = TieIdentity.IdFor(TieIdentity.Canonical(tie).ContentKey) } : tie;
    }

    private static Retraction ReadRetraction(JsonElement element, string path, List<RuleViolation> violations)
    {
        var record = new JsonRecord(element, path, RetractionFields, violations);
        return new Retraction(record.String("reason") ?? "", record.String("by") ?? "", ReadInstant(record, "at"));
    }

    private static MergeRecord ReadMerge(JsonElement element, string path, List<RuleViolation> violations)
    {
        var record = new JsonRecord(element, path, MergeFields, violations);
        return new MergeRecord(record.String("kept") ?? "", record.String("merged") ?? "", record.String("by") ?? "",
            ReadInstant(record, "at"), record.String("reason") ?? "");
    }

    private static DateTimeOffset ReadInstant(JsonRecord record, string name)
    {
        var text = record.String(name);
        if (text is not null && DateTimeOffset.TryParseExact(text, InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        record.Fail(name, "is required: an ISO-8601 instant such as 2024-02-14T09:30:00Z");
        return default;
    }
}
