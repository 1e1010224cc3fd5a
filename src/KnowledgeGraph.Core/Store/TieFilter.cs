using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>The filters every tie read accepts. An empty filter keeps every live tie, dated or not.</summary>
public sealed record TieFilter
{
    public static TieFilter None { get; } = new();

    /// <value>Keep only these types; null or empty keeps all.</value>
    public IReadOnlyCollection<TieType>? Types { get; init; }

    /// <value>The default is <see cref="TieDirection.Both"/>.</value>
    public TieDirection Direction { get; init; } = TieDirection.Both;

    /// <value>The default is <see cref="DateWindow.All"/>.</value>
    public DateWindow Window { get; init; } = DateWindow.All;

    /// <value>Keep only ties reported by these articles; null or empty keeps all.</value>
    public IReadOnlyCollection<string>? Articles { get; init; }

    /// <value>The default is false: retracted ties are left out of every read unless asked for.</value>
    public bool IncludeRetracted { get; init; }

    /// <summary>True when <paramref name="tie"/> passes every filter except direction, which needs an anchor actor.</summary>
    public bool Matches(Tie tie)
    {
        ArgumentNullException.ThrowIfNull(tie);
        return (IncludeRetracted || !tie.IsRetracted)
               && (Types is not { Count: > 0 } types || types.Contains(tie.Type))
               && (Articles is not { Count: > 0 } articles || articles.Contains(tie.Article))
               && tie.Date.Overlaps(Window);
    }

    /// <summary>True when <paramref name="tie"/> leaves or enters <paramref name="actorId"/> as the direction asks.</summary>
    public bool MatchesDirection(Tie tie, string actorId)
    {
        ArgumentNullException.ThrowIfNull(tie);
        if (Direction == TieDirection.Both || tie.Type == TieType.MetWith)
        {
            return tie.Source == actorId || tie.Target == actorId;
        }

        return Direction == TieDirection.Out ? tie.Source == actorId : tie.Target == actorId;
    }
}
