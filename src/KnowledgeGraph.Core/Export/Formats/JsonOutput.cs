using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace KnowledgeGraph.Core.Export.Formats;

/// <summary>The JSON writer every JSON format uses, and how it hands its bytes on as it goes.</summary>
internal static class JsonOutput
{
    private const int FlushThreshold = 32 * 1024;

    // Letters of every script stay readable in the file; characters that matter in HTML are still escaped.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);

    public static Utf8JsonWriter CreateWriter(Stream output, bool indented = false) =>
        new(output, new JsonWriterOptions { Indented = indented, Encoder = Encoder });

    /// <summary>Sends what the writer holds to the stream once it passes a threshold, so memory stays flat.</summary>
    public static ValueTask FlushIfFullAsync(Utf8JsonWriter json, CancellationToken cancellationToken) =>
        json.BytesPending > FlushThreshold ? new ValueTask(json.FlushAsync(cancellationToken)) : ValueTask.CompletedTask;
}
