using System.Numerics;
using System.Runtime.InteropServices;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The reports seen so far in a batch, to tell a repeat from a new one. A million reports are kept as 64-bit hashes
/// of their content and the position of the tie that first had it (a third of the memory of the keys themselves); a
/// hash met again is confirmed against that tie, so a collision can never drop a report.
/// </summary>
internal sealed class ReportSet
{
    private const ulong Seed = 0x27D4EB2F165667C5;

    private readonly IReadOnlyList<Tie> _ties;
    private readonly Dictionary<ulong, int> _firstByHash;
    private HashSet<TieContentKey>? _sharingAHash;

    /// <param name="ties">The batch's ties; the set refers to them by position.</param>
    public ReportSet(IReadOnlyList<Tie> ties)
    {
        _ties = ties;
        _firstByHash = new Dictionary<ulong, int>(ties.Count);
    }

    /// <summary>Adds the report of the tie at <paramref name="index"/>; false when one added before had the same content.</summary>
    public bool Add(int index)
    {
        var report = _ties[index].ContentKey;
        var hash = Hash(report);
        if (_firstByHash.TryAdd(hash, index))
        {
            return true;
        }

        return _ties[_firstByHash[hash]].ContentKey != report && (_sharingAHash ??= []).Add(report);
    }

    // Every field, strings four characters to a step, each string closed by its length so fields cannot run together.
    private static ulong Hash(TieContentKey report)
    {
        var hash = Step(Seed, (ulong)report.Type);
        hash = Step(hash, (ulong)report.Date.Precision);
        hash = Step(hash, report.Date.IsUnknown ? 0 : (ulong)report.Date.Start.DayNumber);
        foreach (var text in (ReadOnlySpan<string>)[report.Source, report.Target, report.Article, report.Evidence])
        {
            var words = MemoryMarshal.Cast<char, ulong>(text.AsSpan());
            foreach (var word in words)
            {
                hash = Step(hash, word);
            }

            for (var i = words.Length * 4; i < text.Length; i++)
            {
                hash = Step(hash, text[i]);
            }

            hash = Step(hash, (ulong)text.Length);
        }

        return hash;
    }

    private static ulong Step(ulong hash, ulong value) => BitOperations.RotateLeft(hash ^ (value * 0x9E3779B97F4A7C15), 27) * 0xC2B2AE3D27D4EB4F;
}
