namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// Per-thread marks over actor indices for one traversal or search. Instead of clearing arrays between uses, every use
/// takes a new generation and a mark counts only when it holds the current one, so starting a walk costs nothing.
/// Reads run synchronously under the store's read lock, so a thread holds one use at a time.
/// </summary>
internal sealed class TraversalScratch
{
    [ThreadStatic]
    private static TraversalScratch? t_current;

    private int[] _forwardMark = [];
    private int[] _backwardMark = [];
    private int[] _usefulMark = [];
    private int _generation;

    public int[] Forward { get; private set; } = [];

    public int[] Backward { get; private set; } = [];

    /// <summary>The scratch of this thread, cleared (by generation) and sized for <paramref name="actorSlots"/> actors.</summary>
    public static TraversalScratch Begin(int actorSlots)
    {
        var scratch = t_current ??= new TraversalScratch();
        if (scratch._forwardMark.Length < actorSlots)
        {
            var size = Math.Max(actorSlots, scratch._forwardMark.Length * 2);
            scratch._forwardMark = new int[size];
            scratch._backwardMark = new int[size];
            scratch._usefulMark = new int[size];
            scratch.Forward = new int[size];
            scratch.Backward = new int[size];
            scratch._generation = 0;
        }

        if (scratch._generation == int.MaxValue)
        {
            Array.Clear(scratch._forwardMark);
            Array.Clear(scratch._backwardMark);
            Array.Clear(scratch._usefulMark);
            scratch._generation = 0;
        }

        scratch._generation++;
        return scratch;
    }

    public bool IsForward(int actor) => _forwardMark[actor] == _generation;

    public void MarkForward(int actor, int value)
    {
        _forwardMark[actor] = _generation;
        Forward[actor] = value;
    }

    public bool IsBackward(int actor) => _backwardMark[actor] == _generation;

    public void MarkBackward(int actor, int value)
    {
        _backwardMark[actor] = _generation;
        Backward[actor] = value;
    }

    public bool IsUseful(int actor) => _usefulMark[actor] == _generation;

    public void MarkUseful(int actor) => _usefulMark[actor] = _generation;
}
