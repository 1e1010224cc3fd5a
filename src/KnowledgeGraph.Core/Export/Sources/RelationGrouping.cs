using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// Groups every tie of the whole graph into relations without holding a record per tie. Actors and articles come
/// in as indexes; per tie it keeps its relation, article, start day and precision (13 bytes) and its id in an
/// <see cref="IdArena"/> (about 6 bytes plus the id's length); per relation its ends and type and a dictionary
/// entry (about 40 bytes). Once sealed, a relation's ties are found through an offset table (4 bytes a tie).
/// On a million ties with 20-character ids and half a million relations that is roughly 45 MB + 20 MB.
/// </summary>
internal sealed class RelationGrouping(int tieCapacity)
{
    private const int Undated = -1;
    private readonly Dictionary<(int Source, int Target, TieType Type), int> _relations = [];
    private readonly List<int> _relationSource = [];
    private readonly List<int> _relationTarget = [];
    private readonly List<TieType> _relationType = [];
    private readonly List<int> _tieRelation = new(tieCapacity);
    private readonly List<int> _tieArticle = new(tieCapacity);
    private readonly List<int> _tieStartDay = new(tieCapacity);
    private readonly List<byte> _tiePrecision = new(tieCapacity);
    private readonly IdArena _tieIds = new(tieCapacity);
    private int[] _offsets = [];
    private int[] _ordered = [];

    public int RelationCount => _relationSource.Count;

    /// <summary>Records one tie, in stream order; the order is kept within each relation.</summary>
    public void Add(int source, TieType type, int target, string tieId, int article, PartialDate date)
    {
        if (!_relations.TryGetValue((source, target, type), out var relation))
        {
            relation = _relationSource.Count;
            _relations.Add((source, target, type), relation);
            _relationSource.Add(source);
            _relationTarget.Add(target);
            _relationType.Add(type);
        }

        _tieRelation.Add(relation);
        _tieArticle.Add(article);
        _tieStartDay.Add(date.IsUnknown ? Undated : date.Start.DayNumber);
        _tiePrecision.Add((byte)date.Precision);
        _tieIds.Add(tieId);
    }

    /// <summary>Lays the ties out relation by relation (a counting sort), after the last <see cref="Add"/>.</summary>
    public void Seal()
    {
        _offsets = new int[RelationCount + 1];
        foreach (var relation in _tieRelation)
        {
            _offsets[relation + 1]++;
        }

        for (var r = 0; r < RelationCount; r++)
        {
            _offsets[r + 1] += _offsets[r];
        }

        _ordered = new int[_tieRelation.Count];
        var next = _offsets[..^1];
        for (var tie = 0; tie < _tieRelation.Count; tie++)
        {
            _ordered[next[_tieRelation[tie]]++] = tie;
        }
    }

    public (int Source, TieType Type, int Target) EndsOf(int relation) => (_relationSource[relation], _relationType[relation], _relationTarget[relation]);

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
