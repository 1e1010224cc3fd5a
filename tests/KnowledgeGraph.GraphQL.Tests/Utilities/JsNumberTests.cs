using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(-12.0, "-12")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(-2.5e-10, "-2.5e-10")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void Formats_numbers_as_javascript_does(double value, string expected)
    {
        Assert.Equal(expected, JsNumber.ToString(value));
    }

    [Theory]
    [InlineData("", 0.0)]
    [InlineData("  \t\n", 0.0)]
    [InlineData("12", 12.0)]
    [InlineData(" -1.5e2 ", -150.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("0x1f", 31.0)]
    [InlineData("0b101", 5.0)]
    [InlineData("0o17", 15.0)]
    [InlineData("+Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    public void Converts_strings_as_javascript_number_does(string text, double expected)
    {
        Assert.Equal(expected, JsNumber.Parse(text));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1e")]
    [InlineData("-0x10")]
    [InlineData("0x")]
    [InlineData("1_000")]
    [InlineData(".")]
    [InlineData("infinity")]
    public void Gives_nan_for_strings_javascript_cannot_read_as_numbers(string text)
    {
        Assert.True(double.IsNaN(JsNumber.Parse(text)));
    }
}
