using System.Text;
using KnowledgeGraph.Core.Export.Formats;

namespace KnowledgeGraph.Core.Tests.Export.Formats;

public sealed class XmlSpillTests
{
    private const string Namespace = "urn:test";

    [Fact]
    public async Task Copies_the_spilled_elements_into_the_document_in_its_namespace_without_the_wrapper()
    {
        var spill = XmlSpill.Create("items", Namespace);
        await using (spill)
        {
            foreach (var id in new[] { "a", "b & c" })
            {
                spill.Xml.WriteStartElement("item", Namespace);
                spill.Xml.WriteAttributeString("id", id);
                spill.Xml.WriteEndElement();
            }

            spill.Complete();
            using var output = new MemoryStream();
            await spill.CopyToAsync(output, CancellationToken.None);

            Assert.Equal("<item id=\"a\" /><item id=\"b &amp; c\" />", Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    [Fact]
    public async Task An_empty_spill_copies_nothing_and_an_unfinished_one_refuses_to_copy()
    {
        var spill = XmlSpill.Create("items", Namespace);
        await using (spill)
        {
            using var output = new MemoryStream();
            await Assert.ThrowsAsync<InvalidOperationException>(() => spill.CopyToAsync(output, CancellationToken.None));

            spill.Complete();
            await spill.CopyToAsync(output, CancellationToken.None);

            Assert.Equal(0, output.Length);
        }
    }

    [Fact]
    public async Task The_temporary_file_is_gone_once_the_spill_is_disposed()
    {
        var spill = XmlSpill.Create("items", Namespace);
        var path = spill.FilePath;
        Assert.True(File.Exists(path));

        await spill.DisposeAsync();

        Assert.False(File.Exists(path));
    }
}
