using System.Text;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;

namespace KnowledgeGraph.Core.Tests.Import;

public sealed class GraphDocumentReaderTests
{
    private const string ValidDocument = """
        {
          "articles": [{ "id": "report", "title": null, "publisher": "Shafaq News", "url": null,
                         "publishedAt": "2024-11-21", "publishedPrecision": "DAY", "note": null, "text": "KH attacked Erbil." }],
          "actors": [{ "id": "kh", "kind": "FACTION", "name": "Kataib Hezbollah", "aliases": ["KH"], "description": null, "wikidata": null },
                     { "id": "us", "kind": "GOVERNMENT", "name": "United States", "aliases": [] }],
          "ties": [{ "id": "t1", "type": "ATTACKED", "source": "kh", "target": "us", "article": "report",
                     "date": "2023-11", "datePrecision": "MONTH", "location": "Erbil", "evidence": "KH attacked Erbil.", "note": null }]
        }
        """;

    [Fact]
    public async Task Reads_every_record_of_a_valid_document()
    {
        var batch = await Read(ValidDocument);

        var article = Assert.Single(batch.Articles);
        Assert.Equal(PartialDate.OfDay(2024, 11, 21), article.PublishedAt);
        Assert.Null(article.Title);
        Assert.Equal(2, batch.Actors.Count);
        Assert.Equal(ActorKind.Government, batch.Actors[1].Kind);
        var tie = Assert.Single(batch.Ties);
        Assert.Equal(TieType.Attacked, tie.Type);
        Assert.Equal(PartialDate.OfMonth(2023, 11), tie.Date);
        Assert.Equal("Erbil", tie.Location);
    }

    [Fact]
    public async Task Every_shape_problem_is_listed_with_its_json_path()
    {
        const string json = """
            { "actors": [{ "id": "kh", "kind": "MILITIA", "name": "KH", "aliases": ["KH", 3] }],
              "ties": [{ "id": "t1", "type": "ATTACKED", "source": "kh", "target": "us", "article": "a",
                         "date": "2023-11", "datePrecision": "DAY", "evidence": "x", "evidnce": "y" }] }
            """;

        var error = await Assert.ThrowsAsync<GraphRuleException>(() => Read(json));

        Assert.Contains(error.Violations, v => v.Path == "$.actors[0].kind" && v.Message.Contains("\"MILITIA\" is not one of FACTION, PERSON, GOVERNMENT", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Path == "$.actors[0].aliases[1]");
        Assert.Contains(error.Violations, v => v.Path == "$.ties[0].date" && v.Code == ViolationCodes.InvalidDate);
        Assert.Contains(error.Violations, v => v.Path == "$.ties[0].evidnce" && v.Message.Contains("is not a field", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_precision_left_out_is_taken_from_the_date_shape()
    {
        var batch = await Read(ValidDocument.Replace("\"datePrecision\": \"MONTH\", ", "", StringComparison.Ordinal));

        Assert.Equal(DatePrecision.Month, batch.Ties[0].Date.Precision);
    }

    [Fact]
    public async Task A_tie_without_an_id_is_named_by_its_content()
    {
        var first = await Read(ValidDocument.Replace("\"id\": \"t1\", ", "", StringComparison.Ordinal));
        var second = await Read(ValidDocument.Replace("\"id\": \"t1\", ", "", StringComparison.Ordinal));

        Assert.StartsWith("t-", first.Ties[0].Id, StringComparison.Ordinal);
        Assert.Equal(first.Ties[0].Id, second.Ties[0].Id);
    }

    [Fact]
    public async Task An_unpaired_surrogate_escape_is_a_violation_at_its_path_not_a_crash()
    {
        const string json = """
            { "actors": [{ "id": "kh", "kind": "FACTION", "name": "KH", "aliases": ["KH", "K\uD800H"], "description": "half \uDC00 a pair" }] }
            """;

        var error = await Assert.ThrowsAsync<GraphRuleException>(() => Read(json));

        Assert.Contains(error.Violations, v => v.Path == "$.actors[0].aliases[1]" && v.Code == ViolationCodes.Invalid
            && v.Message.Contains("unpaired surrogate", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Path == "$.actors[0].description" && v.Code == ViolationCodes.Invalid);
    }

    [Fact]
    public async Task Malformed_json_is_reported_with_its_position()
    {
        var error = await Assert.ThrowsAsync<GraphRuleException>(() => Read("{ \"actors\": [ }"));

        Assert.Contains("not valid JSON at line 1", Assert.Single(error.Violations).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Documents_from_the_network_must_carry_text_inline()
    {
        var json = ValidDocument.Replace("\"text\": \"KH attacked Erbil.\"", "\"textFile\": \"articles/a.txt\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<GraphRuleException>(() => Read(json));

        Assert.Contains(error.Violations, v => v.Path == "$.articles[0].textFile" && v.Message.Contains("inline", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Text_files_cannot_escape_the_document_folder()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var json = ValidDocument.Replace("\"text\": \"KH attacked Erbil.\"", "\"textFile\": \"../secret.txt\"", StringComparison.Ordinal);
            var file = Path.Combine(folder.FullName, "doc.json");
            await File.WriteAllTextAsync(file, json);

            var error = await Assert.ThrowsAsync<GraphRuleException>(() => GraphDocumentReader.ReadFileAsync(file));

            Assert.Contains(error.Violations, v => v.Path == "$.articles[0].textFile" && v.Message.Contains("inside the document's folder", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Text_files_beside_the_document_are_read()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "articles", "a.txt"), "KH attacked Erbil.");
            var file = Path.Combine(folder.FullName, "doc.json");
            await File.WriteAllTextAsync(file, ValidDocument.Replace("\"text\": \"KH attacked Erbil.\"", "\"textFile\": \"articles/a.txt\"", StringComparison.Ordinal));

            var batch = await GraphDocumentReader.ReadFileAsync(file);

            Assert.Equal("KH attacked Erbil.", batch.Articles[0].Text);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_field_given_twice_in_one_record_is_refused_rather_than_one_copy_kept()
    {
        var json = ValidDocument.Replace("\"evidence\": \"KH attacked Erbil.\"", "\"evidence\": \"KH attacked Erbil.\", \"evidence\": \"KH\"", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<GraphRuleException>(() => Read(json));

        var violation = Assert.Single(error.Violations);
        Assert.Equal("$.ties[0].evidence", violation.Path);
        Assert.Contains("more than once", violation.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("01/02/2024")]
    [InlineData("Tuesday, 14 February 2024")]
    [InlineData("2024-02-14 09:30")]
    public async Task An_instant_that_is_not_iso_8601_is_refused(string at)
    {
        var json = ValidDocument.TrimEnd()[..^1] + $$""", "merges": [{ "kept": "kh", "merged": "kh-2", "by": "alice", "at": "{{at}}", "reason": "same" }] }""";

        var error = await Assert.ThrowsAsync<GraphRuleException>(() => Read(json));

        Assert.Contains(error.Violations, v => v.Path == "$.merges[0].at");
    }

    [Theory]
    [InlineData("2024-02-14T09:30:00.125Z", 125)]
    [InlineData("2024-02-14T09:30:00Z", 0)]
    [InlineData("2024-02-14T12:30:00+03:00", 0)]
    public async Task An_iso_8601_instant_is_read(string at, int milliseconds)
    {
        var json = ValidDocument.TrimEnd()[..^1] + $$""", "merges": [{ "kept": "kh", "merged": "kh-2", "by": "alice", "at": "{{at}}", "reason": "same" }] }""";

        var batch = await Read(json);

        Assert.Equal(new DateTimeOffset(2024, 2, 14, 9, 30, 0, milliseconds, TimeSpan.Zero), batch.Merges[0].At);
    }

    [Fact]
    public async Task A_text_file_that_is_not_utf8_is_refused_rather_than_read_with_replacement_characters()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            // A Latin-1 e-acute: read as UTF-8 it would become U+FFFD and no longer match its source.
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "a.txt"), [.. Encoding.ASCII.GetBytes("KH attacked Erbil, caf"), 0xE9]);
            var file = Path.Combine(folder.FullName, "doc.json");
            await File.WriteAllTextAsync(file, ValidDocument.Replace("\"text\": \"KH attacked Erbil.\"", "\"textFile\": \"a.txt\"", StringComparison.Ordinal));

            var error = await Assert.ThrowsAsync<GraphRuleException>(() => GraphDocumentReader.ReadFileAsync(file));

            Assert.Contains(error.Violations, v => v.Path == "$.articles[0].textFile" && v.Message.Contains("UTF-8", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_string_escaping_half_of_a_character_is_a_violation_on_its_path()
    {
        var json = ValidDocument
            .Replace("\"evidence\": \"KH attacked Erbil.\"", "\"evidence\": \"\\ud83d\"", StringComparison.Ordinal)
            .Replace("\"aliases\": [\"KH\"]", "\"aliases\": [\"KH\", \"\\udc00\"]", StringComparison.Ordinal)
            .Replace("\"aliases\": [] }", "\"aliases\": [], \"\\ud800\": 1 }", StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<GraphRuleException>(() => Read(json));

        Assert.Contains(error.Violations, v => v.Path == "$.ties[0].evidence" && v.Message.Contains("half of a character", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Path == "$.actors[0].aliases[1]" && v.Message.Contains("half of a character", StringComparison.Ordinal));
        Assert.Contains(error.Violations, v => v.Path == "$.actors[1]" && v.Message.Contains("half of a character", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_text_file_that_links_out_of_the_document_folder_is_refused(bool linkTheFolder)
    {
        var outside = Directory.CreateTempSubdirectory();
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            // A document handed over with a link in its folder must not carry a file from elsewhere into the graph.
            await File.WriteAllTextAsync(Path.Combine(outside.FullName, "a.txt"), "KH attacked Erbil.");
            if (linkTheFolder)
            {
                Directory.CreateSymbolicLink(Path.Combine(folder.FullName, "articles"), outside.FullName);
            }
            else
            {
                Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
                File.CreateSymbolicLink(Path.Combine(folder.FullName, "articles", "a.txt"), Path.Combine(outside.FullName, "a.txt"));
            }

            var file = Path.Combine(folder.FullName, "doc.json");
            await File.WriteAllTextAsync(file, ValidDocument.Replace("\"text\": \"KH attacked Erbil.\"", "\"textFile\": \"articles/a.txt\"", StringComparison.Ordinal));

            var error = await Assert.ThrowsAsync<GraphRuleException>(() => GraphDocumentReader.ReadFileAsync(file));

            Assert.Contains(error.Violations, v => v.Path == "$.articles[0].textFile" && v.Message.Contains("inside the document's folder", StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
            outside.Delete(recursive: true);
        }
    }

    private static Task<GraphBatch> Read(string json) => GraphDocumentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), textFileRoot: null);
}
