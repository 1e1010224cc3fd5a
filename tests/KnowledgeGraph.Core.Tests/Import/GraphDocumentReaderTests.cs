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

    private static Task<GraphBatch> Read(string json) => GraphDocumentReader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), textFileRoot: null);
}
