namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

// Each actor's ties in the order tie lists are returned in (first day, undated last, then tie id), with how many are
// live. A page of a hub's ties is then a walk from the start of a list built once, instead of a sort of all its ties
// on every request (at 36k pages a second of a 283-tie actor, the sort was the store's largest cost), and an
// unfiltered page is counted without reading every tie's flags.
internal sealed partial class GraphModel
{
    // Built by readers on first use. Readers share the store's read lock, so two may build one actor's order at once;
    // both build the same one and either may be kept. Writers drop an actor's order, under the write lock, when a tie
    // of theirs is added, moved or retracted.
    private TieOrder?[] _tieOrders = [];

    /// <summary>The actor's ties, retracted ones included, in list order.</summary>
    /// <param name="actor">The actor's index.</param>
    /// <param name="readIds">Reads tie ids by row seq: ties sharing a first day are ordered by id, which the model does not hold.</param>
    public TieOrder TieOrderOf(int actor, Func<IReadOnlyCollection<int>, IReadOnlyDictionary<int, string>> readIds)
    {
        ArgumentNullException.ThrowIfNull(readIds);
        var order = Volatile.Read(ref _tieOrders[actor]);
        if (order is null)
        {
            var ties = BuildTieOrder(actor, readIds);
            order = new TieOrder(ties, ties.Count(tie => !IsRetracted(tie)));
            Volatile.Write(ref _tieOrders[actor], order);
        }

        return order;
    }

    private int[] BuildTieOrder(int actor, Func<IReadOnlyCollection<int>, IReadOnlyDictionary<int, string>> readIds)
    {
        var ties = TiesOf(actor).ToArray();
        var days = Array.ConvertAll(ties, tie => IsUndated(tie) ? int.MaxValue : StartDay(tie));
        Array.Sort(days, ties);

        var sharedDays = new List<int>();
        for (var i = 0; i < ties.Length; i++)
        {
            if ((i > 0 && days[i - 1] == days[i]) || (i + 1 < ties.Length && days[i + 1] == days[i]))
            {
                sharedDays.Add(SeqOf(ties[i]));
            }
        }

        if (sharedDays.Count == 0)
        {
            return ties;
        }

        var ids = readIds(sharedDays);
        for (int run = 0, end; run < ties.Length; run = end)
        {
            end = run + 1;
            while (end < ties.Length && days[end] == days[run])
            {
                end++;
            }

            if (end - run > 1)
            {
                var runTies = ties[run..end];
                var runIds = Array.ConvertAll(runTies, tie => ids[SeqOf(tie)]);
                Array.Sort(runIds, runTies, StringComparer.Ordinal);
                runTies.CopyTo(ties, run);
            }
        }

        return ties;
    }

    // Makes room for the actor's order; called by the writer that adds the actor's slot.
    private void ReserveTieOrder(int actor)
    {
        if (_tieOrders.Length <= actor)
        {
            Array.Resize(ref _tieOrders, Math.Max(actor + 1, _tieOrders.Length * 2));
        }
    }

    private void ForgetTieOrder(int actor) => _tieOrders[actor] = null;
}
