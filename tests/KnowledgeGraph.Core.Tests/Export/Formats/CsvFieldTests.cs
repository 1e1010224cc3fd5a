using KnowledgeGraph.Core.Export.Formats;

namespace KnowledgeGraph.Core.Tests.Export.Formats;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData(" padded ", " padded ")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("crlf\r\nline", "\"crlf\r\nline\"")]
    [InlineData("<[2023-11-01, 2023-11-30]>", "\"<[2023-11-01, 2023-11-30]>\"")]
    public void Fields_are_quoted_only_when_RFC_4180_requires_it(string? value, string written)
    {
        using var text = new StringWriter();
        CsvField.Write(text, value);
        Assert.Equal(written, text.ToString());
    }
}
