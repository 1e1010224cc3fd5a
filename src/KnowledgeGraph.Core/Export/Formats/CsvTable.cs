using System.Text;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>
/// One CSV table being written: UTF-8 without a byte order mark (Gephi would read one into the first header),
/// CRLF row ends as RFC 4180 asks, rows handed to the output asynchronously as they fill a chunk.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly OutputSpool _spool;
    private readonly StreamWriter _text;
    private bool _rowStarted;

    public CsvTable(Stream output, IReadOnlyList<string> columns)
    {
        _spool = new OutputSpool(output);
        _text = new StreamWriter(_spool, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 16 * 1024, leaveOpen: true);
        foreach (var column in columns)
        {
            Field(column);
        }

        EndRowCore();
    }

    public void Field(string? value)
    {
        if (_rowStarted)
        {
            _text.Write(',');
        }

        _rowStarted = true;
        CsvField.Write(_text, value);
    }

    public ValueTask EndRowAsync(CancellationToken cancellationToken)
    {
        EndRowCore();
        return _spool.DrainIfFullAsync(cancellationToken);
    }

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await _text.FlushAsync(cancellationToken).ConfigureAwait(false);
        await _spool.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _text.Dispose();
        _spool.Dispose();
    }

    private void EndRowCore()
    {
        _text.Write("\r\n");
        _rowStarted = false;
    }
}
