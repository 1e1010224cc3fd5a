namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>The ties of one actor's ordered list that a filter keeps, counted and sliced without copying the list.</summary>
internal readonly struct KeptTies
{
    private readonly GraphModel _model;
    private readonly CompiledTieFilter _filter;
    private readonly int _actor;
    private readonly int[] _order;

    public KeptTies(GraphModel model, CompiledTieFilter filter, int actor, TieOrder order)
    {
        _model = model;
        _filter = filter;
        _actor = actor;
        _order = order.Ties;
        Count = filter.KeepsEveryTie ? order.Ties.Length : filter.KeepsEveryLiveTie ? order.LiveCount : CountKept();
    }

    public int Count { get; }

    /// <summary>The position of the tie at model index <paramref name="tie"/> among the kept ties, or -1 when it is not one.</summary>
    public int PositionOf(int tie)
    {
        var position = 0;
        foreach (var candidate in _order)
        {
            if (Keeps(candidate))
            {
                if (candidate == tie)
                {
                    return position;
                }

                position++;
            }
        }

        return -1;
    }

    /// <summary>The model indexes of the kept ties at positions <paramref name="start"/> to <paramref name="end"/>.</summary>
    public int[] Range(int start, int end)
    {
        var range = new int[end - start];
        var position = 0;
        foreach (var tie in _order)
        {
            if (position == end)
            {
                break;
            }

            if (Keeps(tie))
            {
                if (position >= start)
                {
                    range[position - start] = tie;
                }

                position++;
            }
        }

        return range;
    }

    private int CountKept()
    {
        var count = 0;
        foreach (var tie in _order)
        {
            if (Keeps(tie))
            {
                count++;
            }
        }

        return count;
    }

    private bool Keeps(int tie) => _filter.Matches(_model, tie) && _filter.MatchesDirection(_model, tie, _actor);
}
