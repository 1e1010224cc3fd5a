namespace KnowledgeGraph.Core.Export.Sources;

/// <summary>
/// The time a node is present, folded from its dated edges: from the start of the earliest to the end of the latest.
/// Undated edges have no interval and add nothing; a node with no dated edge has no bounds (always present). In
/// Gephi an undated edge of a dated node therefore shows only while its node does.
/// </summary>
internal struct NodeSpan
{
    private DayInterval? _hull;

    /// <summary>Takes in one incident edge's time; null (an undated edge) changes nothing.</summary>
    public void Observe(DayInterval? edgeTime)
    {
        if (edgeTime is { } time)
        {
            _hull = _hull is { } hull ? hull.Hull(time) : time;
        }
    }

    /// <value>The node's interval, or null when it has no dated edge.</value>
    public readonly DayInterval? Span => _hull;
}
