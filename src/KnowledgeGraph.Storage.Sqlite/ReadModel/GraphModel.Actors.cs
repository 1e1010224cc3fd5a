using System.Runtime.InteropServices;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

internal sealed partial class GraphModel
{
    private readonly List<string?> _actorIds = [];
    private readonly List<ActorKind> _actorKinds = [];
    private readonly List<List<int>> _actorTies = [];
    private readonly Dictionary<string, int> _liveActors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _redirects = new(StringComparer.Ordinal);

    /// <value>One past the highest actor index ever used; merged-away actors leave their slot empty.</value>
    public int ActorSlots => _actorIds.Count;

    public int LiveActorCount => _liveActors.Count;

    /// <summary>The live actor <paramref name="id"/> names, following merges; -1 when unknown.</summary>
    public int ResolveActor(string id) =>
        _liveActors.TryGetValue(id, out var actor) ? actor : _redirects.TryGetValue(id, out actor) ? actor : -1;

    public bool IsMergedAway(string id) => _redirects.ContainsKey(id);

    public bool IsLive(int actor) => actor >= 0 && actor < _actorIds.Count && _actorIds[actor] is not null;

    public string ActorId(int actor) => _actorIds[actor] ?? throw new InvalidOperationException($"Actor slot {actor} holds no live actor.");

    public ActorKind KindOf(int actor) => _actorKinds[actor];

    /// <summary>Every tie touching the actor, either way, retracted ones included.</summary>
    public ReadOnlySpan<int> TiesOf(int actor) => CollectionsMarshal.AsSpan(_actorTies[actor]);

    /// <summary>Ids merged away, with the live actor each resolves to.</summary>
    public IEnumerable<KeyValuePair<string, int>> Redirects => _redirects;

    /// <param name="actor">The actor's index.</param>
    /// <param name="id">Its id.</param>
    /// <param name="kind">Its kind.</param>
    /// <param name="names">Its spellings, normalised by the writer before it takes the lock.</param>
    public void SetActor(int actor, string id, ActorKind kind, ActorNames names)
    {
        while (_actorIds.Count <= actor)
        {
            _actorIds.Add(null);
            _actorKinds.Add(default);
            _actorTies.Add([]);
        }

        ReserveTieOrder(actor);

        _actorIds[actor] = id;
        _actorKinds[actor] = kind;
        _liveActors[id] = actor;
        Names.Set(actor, names);
    }

    public void SetRedirect(string id, int actor) => _redirects[id] = actor;

    /// <summary>
    /// Folds <paramref name="merged"/> into <paramref name="kept"/>: every tie of the merged actor takes its new ends
    /// (and its retraction, when the merge made it a self-tie or a duplicate) and joins the kept actor's list; the
    /// merged id, and every id that resolved to it, resolve to the kept actor from now on.
    /// </summary>
    public void Merge(int merged, int kept, IReadOnlyList<MovedTie> moves)
    {
        var keptTies = _actorTies[kept];
        foreach (var move in moves)
        {
            // A tie that already linked the two is in the kept actor's list.
            var touchedKept = _tieSource.Items[move.Tie] == kept || _tieTarget.Items[move.Tie] == kept;
            _tieSource.Set(move.Tie, move.Source);
            _tieTarget.Set(move.Tie, move.Target);
            if (move.Retracted)
            {
                Retract(move.Tie);
            }

            if (!touchedKept)
            {
                keptTies.Add(move.Tie);
            }
        }

        ForgetTieOrder(kept);
        ForgetTieOrder(merged);
        var id = ActorId(merged);
        _liveActors.Remove(id);
        _actorIds[merged] = null;
        _actorTies[merged] = [];
        Names.Remove(merged);
        var pointingAtMerged = _redirects.Where(r => r.Value == merged).Select(r => r.Key).ToList();
        foreach (var redirected in pointingAtMerged)
        {
            _redirects[redirected] = kept;
        }

        _redirects[id] = kept;
    }
}
