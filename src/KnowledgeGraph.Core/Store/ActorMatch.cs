using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Store;

/// <summary>One search hit: the actor, the name or alias that matched, and how well.</summary>
/// <param name="Actor">The actor found.</param>
/// <param name="MatchedName">The name or alias that matched, as stored.</param>
/// <param name="Rank">0 = the whole name equals the query, 1 = it starts with it, 2 = a later word does; lower is better.</param>
/// <param name="Cursor">Opaque keyset cursor that resumes the search after this hit.</param>
public sealed record ActorMatch(Actor Actor, string MatchedName, int Rank, string Cursor);
