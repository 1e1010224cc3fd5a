using System.Xml;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// A run of XML elements written to a temporary file now and copied into the document later, for a format whose
/// header must state what only the elements' own pass finds out (GEXF puts the counts and the cited articles before
/// the nodes). Spilling costs a disk write and read of those elements' bytes instead of a second pass over the store,
/// and keeps memory flat. The elements are written inside a wrapper element of the document's namespace, so they
/// carry no namespace declarations of their own; only the bytes between the wrapper's tags are copied.
/// </summary>
internal sealed class XmlSpill : IAsyncDisposable
{
    private const int CopyBufferBytes = 64 * 1024;
    private readonly FileStream _file;
    private readonly long _contentStart;
    private long _contentEnd = -1;

    private XmlSpill(FileStream file, XmlWriter xml, long contentStart)
    {
        _file = file;
        Xml = xml;
        _contentStart = contentStart;
    }

    /// <value>Where the elements go; write them in the document's namespace.</value>
    public XmlWriter Xml { get; }

    /// <value>The temporary file, deleted when the spill is disposed.</value>
    public string FilePath => _file.Name;

    public static XmlSpill Create(string wrapper, string ns)
    {
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"kg-export-{Guid.NewGuid():N}.xml"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, CopyBufferBytes, FileOptions.DeleteOnClose);
        var xml = XmlOutput.Create(file, ConformanceLevel.Fragment);
        xml.WriteStartElement(wrapper, ns);
        xml.WriteRaw("");
        xml.Flush();
        return new XmlSpill(file, xml, file.Position);
    }

    /// <summary>Ends the run; call once the last element is written.</summary>
    public void Complete()
    {
        Xml.Flush();
        _contentEnd = _file.Position;
        Xml.WriteEndElement();
        Xml.Flush();
    }

    /// <summary>Copies the elements, asynchronously and a chunk at a time, to <paramref name="output"/>.</summary>
    public async Task CopyToAsync(Stream output, CancellationToken cancellationToken)
    {
        if (_contentEnd < 0)
        {
            throw new InvalidOperationException("complete the spill before copying it");
        }

        var buffer = new byte[CopyBufferBytes];
        _file.Position = _contentStart;
        for (var left = _contentEnd - _contentStart; left > 0;)
        {
            var read = await _file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException("the spill file is shorter than what was written to it");
            }

            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
            left -= read;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Xml.Dispose();
        await _file.DisposeAsync().ConfigureAwait(false);
    }
}
