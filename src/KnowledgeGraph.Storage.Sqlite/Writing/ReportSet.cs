using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The reports seen so far in a batch, to tell a repeat from a new one. A million reports are kept as 64-bit hashes
/// of their content and the position of the tie that first had it (a third of the memory of the keys themselves); a
/// hash met again is confirmed against that tie, so a collision can never drop a report.
/// </summary>
internal sealed class ReportSet
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

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

    // FNV-1a over every field, with a separator that no field contains between the strings.
    private static ulong Hash(TieContentKey report)
    {
        var hash = Mix(FnvOffset, (int)report.Type);
        hash = Mix(hash, (int)report.Date.Precision);
        hash = Mix(hash, report.Date.IsUnknown ? 0 : report.Date.Start.DayNumber);
        foreach (var text in (ReadOnlySpan<string>)[report.Source, report.Target, report.Article, report.Evidence])
        {
            foreach (var c in text)
            {
                hash = Mix(hash, c);
            }

            hash = Mix(hash, 0x1F);
        }

        return hash;
    }

    private static ulong Mix(ulong hash, int value) => (hash ^ (uint)value) * FnvPrime;
}
