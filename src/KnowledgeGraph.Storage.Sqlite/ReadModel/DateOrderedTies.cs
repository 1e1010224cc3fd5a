namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// One actor's filtered ties in the order tie lists are returned in (first day, undated last, then id), built from
/// the model's day numbers alone. Ties sharing a first day are put in id order only where a page or a cursor falls
/// on them, reading just their ids, so a page of a hub actor's ties reads a page's worth of rows, not the hub's.
/// </summary>
internal sealed class DateOrderedTies
{
    private readonly int[] _ties;
    private readonly int[] _days;
    private readonly bool[] _inIdOrder;
    private readonly Func<IEnumerable<int>, Dictionary<int, string>> _readIds;

    // Positions before this one hold their ties in date order; the rest are unordered, all dated later.
    private int _inDateOrder;

    /// <param name="model">The model the ties are indexes of.</param>
    /// <param name="ties">The ties, in any order.</param>
    /// <param name="readIds">Reads tie ids by row seq.</param>
    public DateOrderedTies(GraphModel model, List<int> ties, Func<IEnumerable<int>, Dictionary<int, string>> readIds)
    {
        _ties = [.. ties];
        _days = new int[_ties.Length];
        for (var i = 0; i < _ties.Length; i++)
        {
            _days[i] = model.IsUndated(_ties[i]) ? int.MaxValue : model.StartDay(_ties[i]);
        }

        _inIdOrder = new bool[_ties.Length];
        _readIds = readIds;
    }

    public int Count => _ties.Length;

    /// <summary>The position of the tie at model index <paramref name="tie"/>, or -1 when it is not in the list.</summary>
    public int PositionOf(int tie)
    {
        PutInDateOrder(_ties.Length);
        var found = Array.IndexOf(_ties, tie);
        if (found < 0)
        {
            return -1;
        }

        PutInIdOrder(found, found + 1);
        return Array.IndexOf(_ties, tie, RunStart(found));
    }

    /// <summary>The model indexes of the ties at positions <paramref name="start"/> to <paramref name="end"/>, in order.</summary>
    public int[] Range(int start, int end)
    {
        PutInDateOrder(end);
        PutInIdOrder(start, end);
        return _ties[start..end];
    }

    /// <summary>
    /// Orders at least the first <paramref name="end"/> positions by date. A first page of a hub actor's ties needs
    /// only its earliest ties: they are picked out (with every tie sharing the last one's day) and only they are
    /// sorted, rather than sorting all of the actor's ties for every page.
    /// </summary>
    private void PutInDateOrder(int end)
    {
        if (end <= _inDateOrder)
        {
            return;
        }

        if (_inDateOrder > 0 || end * 8 >= _ties.Length)
        {
            // Sorting all moves runs already put in id order, so they are put in order again when asked for.
            Array.Sort(_days, _ties);
            Array.Clear(_inIdOrder);
            _inDateOrder = _ties.Length;
            return;
        }

        var last = NthEarliestDay(end);
        var picked = 0;
        for (var i = 0; i < _ties.Length; i++)
        {
            if (_days[i] <= last)
            {
                (_days[picked], _days[i]) = (_days[i], _days[picked]);
                (_ties[picked], _ties[i]) = (_ties[i], _ties[picked]);
                picked++;
            }
        }

        Array.Sort(_days, _ties, 0, picked);
        _inDateOrder = picked;
    }

    // The day of the tie at position count - 1 once in date order: the latest of the count earliest days.
    private int NthEarliestDay(int count)
    {
        var earliest = count <= 64 ? stackalloc int[count] : new int[count];
        var held = 0;
        foreach (var day in _days)
        {
            if (held == count && day >= earliest[held - 1])
            {
                continue;
            }

            var at = held == count ? held - 1 : held++;
            while (at > 0 && earliest[at - 1] > day)
            {
                earliest[at] = earliest[at - 1];
                at--;
            }

            earliest[at] = day;
        }

        return earliest[held - 1];
    }

    // Sorts by id every run of ties sharing a first day that overlaps the positions start..end.
    private void PutInIdOrder(int start, int end)
    {
        if (start >= end)
        {
            return;
        }

        var from = RunStart(start);
        var to = RunEnd(end - 1);
        var unordered = new List<int>();
        for (int run = from, runEnd; run < to; run = runEnd)
        {
            runEnd = RunEnd(run);
            if (!_inIdOrder[run] && runEnd - run > 1)
            {
                for (var i = run; i < runEnd; i++)
                {
                    unordered.Add(GraphModel.SeqOf(_ties[i]));
                }
            }
        }

        if (unordered.Count > 0)
        {
            SortRuns(from, to, _readIds(unordered));
        }

        Array.Fill(_inIdOrder, true, from, to - from);
    }

    private void SortRuns(int from, int to, Dictionary<int, string> idsBySeq)
    {
        for (var run = from; run < to; run = RunEnd(run))
        {
            var length = RunEnd(run) - run;
            if (length > 1 && !_inIdOrder[run])
            {
                var ties = _ties[run..(run + length)];
                var ids = Array.ConvertAll(ties, tie => idsBySeq[GraphModel.SeqOf(tie)]);
                Array.Sort(ids, ties, StringComparer.Ordinal);
                ties.CopyTo(_ties, run);
            }
        }
    }

    private int RunStart(int position)
    {
        while (position > 0 && _days[position - 1] == _days[position])
        {
            position--;
        }

        return position;
    }

    private int RunEnd(int position)
    {
        var end = position + 1;
        while (end < _days.Length && _days[end] == _days[position])
        {
            end++;
        }

        return end;
    }
}
