using KnowledgeGraph.Core.Export.Formats;

namespace KnowledgeGraph.Core.Tests.Export.Formats;

public sealed class XmlTextTests
{
    [Fact]
    public void Text_XML_can_carry_is_left_as_it_is()
    {
        const string text = "Tabs\tand\nbreaks\r\n, quotes \"'\", scripts حزب and emoji 🚀";
        Assert.Same(text, XmlText.Clean(text));
    }

    [Fact]
    public void Control_characters_and_lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("bell\uFFFD nul\uFFFD lone\uFFFD end\uFFFD", XmlText.Clean("bell\u0007 nul\0 lone\uD83D end\uDE80"));
        Assert.Equal("pair 🚀 kept\uFFFD", XmlText.Clean("pair 🚀 kept\u001B"));
    }

    [Fact]
    public void A_token_collapses_white_space()
    {
        Assert.Equal("Kataib Hezbollah (KH)", XmlText.Token("  Kataib\t Hezbollah\n(KH) "));
    }
}
