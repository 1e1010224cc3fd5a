namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// The time a node is present, folded from the times of its edges: from the start of its earliest edge to the end
/// of its latest. An edge without a date has no time bounds (it is always present), so a node with such an edge, or
/// with no edge at all, has none either; otherwise a timeline would hide edges whose node it had hidden.
/// </summary>
internal struct NodeSpan
{
    private bool _unbounded;
    private bool _bounded;
    private DayInterval _hull;

    /// <summary>Takes in one incident edge's time; null means the edge has no bounds.</summary>
    public void Observe(DayInterval? edgeTime)
    {
        if (edgeTime is not { } time)
        {
            _unbounded = true;
            return;
        }

        _hull = _bounded ? _hull.Hull(time) : time;
        _bounded = true;
    }

    /// <value>The node's interval, or null when it has no time bounds.</value>
    public readonly DayInterval? Span => _unbounded || !_bounded ? null : _hull;
}
