using System.Runtime.InteropServices;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// Groups every tie of the whole graph into relations without a record per tie or a dictionary per relation. Each
/// tie keeps its relation key (source, target and type packed in a long), its article, start day and precision, and
/// its id in an <see cref="IdArena"/>: about 21 bytes plus the id's length. <see cref="Seal"/> sorts the keys, lays
/// the ties out relation by relation (relations in first-seen order, ties in stream order within each, as
/// <see cref="RelationAggregator"/> folds them) and drops the per-tie keys. Measured on a million ties with 8-character
/// ids forming a million relations (the worst case): 40 MB kept once sealed, where a dictionary of relations cost 98 MB;
/// a whole relations export peaks about 110 MB above the store's own memory.
/// </summary>
internal sealed class RelationGrouping(int tieCapacity)
{
    private const int Undated = -1;
    private const int TargetBits = 30;
    private readonly List<long> _tieKeys = new(tieCapacity);
    private readonly List<int> _tieArticle = new(tieCapacity);
    private readonly List<int> _tieStartDay = new(tieCapacity);
    private readonly List<byte> _tiePrecision = new(tieCapacity);
    private readonly IdArena _tieIds = new(tieCapacity);
    private long[] _relationKeys = [];
    private int[] _offsets = [0];
    private int[] _ordered = [];

    /// <value>The number of relations, once sealed.</value>
    public int RelationCount => _relationKeys.Length;

    /// <summary>Records one tie, in stream order.</summary>
    public void Add(int source, TieType type, int target, string tieId, int article, PartialDate date)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(target, 1 << TargetBits);
        _tieKeys.Add(Key(source, type, target));
        _tieArticle.Add(article);
        _tieStartDay.Add(date.IsUnknown ? Undated : date.Start.DayNumber);
        _tiePrecision.Add((byte)date.Precision);
        _tieIds.Add(tieId);
    }

    /// <summary>Lays the ties out relation by relation, after the last <see cref="Add"/>.</summary>
    public void Seal()
    {
        var keys = CollectionsMarshal.AsSpan(_tieKeys);
        var ties = new int[keys.Length];
        for (var i = 0; i < ties.Length; i++)
        {
            ties[i] = i;
        }

        keys.Sort(ties.AsSpan());
        var runStarts = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (i == 0 || keys[i] != keys[i - 1])
            {
                runStarts.Add(i);
            }
        }

        runStarts.Add(keys.Length);
        var runCount = runStarts.Count - 1;
        var firstTie = new int[runCount];
        var runs = new int[runCount];
        for (var run = 0; run < runCount; run++)
        {
            // The sort is not stable: put each relation's ties back in stream order.
            ties.AsSpan(runStarts[run], runStarts[run + 1] - runStarts[run]).Sort();
            firstTie[run] = ties[runStarts[run]];
            runs[run] = run;
        }

        Array.Sort(firstTie, runs);
        _relationKeys = new long[runCount];
        _offsets = new int[runCount + 1];
        _ordered = new int[ties.Length];
        for (int relation = 0, at = 0; relation < runCount; relation++)
        {
            var (start, end) = (runStarts[runs[relation]], runStarts[runs[relation] + 1]);
            _relationKeys[relation] = keys[start];
            _offsets[relation] = at;
            ties.AsSpan(start, end - start).CopyTo(_ordered.AsSpan(at));
            at += end - start;
            _offsets[relation + 1] = at;
        }

        _tieKeys.Clear();
        _tieKeys.TrimExcess();
    }

    public (int Source, TieType Type, int Target) EndsOf(int relation)
    {
        var key = _relationKeys[relation];
        return ((int)(key >> 32), (TieType)(key & 3), (int)((key >> 2) & ((1 << TargetBits) - 1)));
    }

    /// <summary>The hull of the relation's dated reports, or null when none is dated; what its node spans fold.</summary>
    public DayInterval? TimeOf(int relation)
    {
        DayInterval? hull = null;
        for (var i = _offsets[relation]; i < _offsets[relation + 1]; i++)
        {
            if (DayInterval.Of(DateOf(_ordered[i])) is { } interval)
            {
                hull = hull is { } h ? h.Hull(interval) : interval;
            }
        }

        return hull;
    }

    public RelationEdge Build(int relation, IReadOnlyList<string> actorIds, IReadOnlyList<string> articleIds)
    {
        var (source, type, target) = EndsOf(relation);
        var builder = new RelationEdgeBuilder(actorIds[source], type, actorIds[target]);
        for (var i = _offsets[relation]; i < _offsets[relation + 1]; i++)
        {
            var tie = _ordered[i];
            builder.Add(_tieIds[tie], articleIds[_tieArticle[tie]], DateOf(tie));
        }

        return builder.Build();
    }

    private static long Key(int source, TieType type, int target) => ((long)source << 32) | ((long)target << 2) | (long)type;

    private PartialDate DateOf(int tie)
    {
        if (_tieStartDay[tie] == Undated)
        {
            return PartialDate.Unknown;
        }

        var start = DateOnly.FromDayNumber(_tieStartDay[tie]);
        return (DatePrecision)_tiePrecision[tie] switch
        {
            DatePrecision.Day => PartialDate.OfDay(start.Year, start.Month, start.Day),
            DatePrecision.Month => PartialDate.OfMonth(start.Year, start.Month),
            _ => PartialDate.OfYear(start.Year),
        };
    }
}
