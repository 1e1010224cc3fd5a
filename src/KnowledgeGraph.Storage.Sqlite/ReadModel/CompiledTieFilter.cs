using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// A <see cref="TieFilter"/> turned into what the packed arrays compare cheaply: a type bit mask, the window as day
/// numbers, article indices. It keeps exactly the ties <see cref="TieFilter.Matches"/> and
/// <see cref="TieFilter.MatchesDirection"/> keep.
/// </summary>
internal sealed class CompiledTieFilter
{
    private readonly int _typeMask;
    private readonly int _from;
    private readonly int _to;
    private readonly bool _includeUndated;
    private readonly bool _includeRetracted;
    private readonly HashSet<int>? _articles;
    private readonly TieDirection _direction;

    // No type, window or article condition: only the tie's flags decide, and its other columns stay unread.
    private readonly bool _flagsAlone;

    public CompiledTieFilter(TieFilter filter, GraphModel model)
    {
        ArgumentNullException.ThrowIfNull(filter);
        _typeMask = filter.Types is { Count: > 0 } types ? types.Aggregate(0, (mask, type) => mask | (1 << (int)type)) : ~0;
        _from = filter.Window.From?.DayNumber ?? int.MinValue;
        _to = filter.Window.To?.DayNumber ?? int.MaxValue;
        _includeUndated = filter.Window.IncludeUndated;
        _includeRetracted = filter.IncludeRetracted;
        _direction = filter.Direction;
        if (filter.Articles is { Count: > 0 } articles)
        {
            _articles = [];
            foreach (var id in articles)
            {
                if (model.FindArticle(id) is var article and >= 0)
                {
                    _articles.Add(article);
                }
            }
        }

        _flagsAlone = _typeMask == ~0 && _from == int.MinValue && _to == int.MaxValue && _includeUndated && filter.Articles is not { Count: > 0 };
    }

    /// <summary>True when the filter keeps every tie of an actor that is not retracted, and those only.</summary>
    public bool KeepsEveryLiveTie => _flagsAlone && !_includeRetracted && _direction == TieDirection.Both;

    /// <summary>True when the filter keeps every tie of an actor, retracted ones included.</summary>
    public bool KeepsEveryTie => _flagsAlone && _includeRetracted && _direction == TieDirection.Both;

    /// <summary>True when the tie passes every filter except direction.</summary>
    public bool Matches(GraphModel model, int tie)
    {
        if (_flagsAlone)
        {
            return model.TieExists(tie) && (_includeRetracted || !model.IsRetracted(tie));
        }

        if (!model.TieExists(tie)
            || (!_includeRetracted && model.IsRetracted(tie))
            || (_typeMask & (1 << (int)model.TypeOf(tie))) == 0
            || (_articles is not null && !_articles.Contains(model.ArticleOf(tie))))
        {
            return false;
        }

        return model.IsUndated(tie) ? _includeUndated : model.EndDay(tie) >= _from && model.StartDay(tie) <= _to;
    }

    /// <summary>True when the tie leaves or enters <paramref name="actor"/> as the direction asks; meetings match both ways.</summary>
    public bool MatchesDirection(GraphModel model, int tie, int actor) =>
        _direction == TieDirection.Both || model.TypeOf(tie) == TieType.MetWith
        || (_direction == TieDirection.Out ? model.SourceOf(tie) == actor : model.TargetOf(tie) == actor);
}
