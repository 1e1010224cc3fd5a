using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;

namespace KnowledgeGraph.Api.GraphQL.Views;

/// <summary>A relation seen from one of its actors: who is at the other end and which way it points.</summary>
internal sealed record ActorRelationView(string CounterpartId, TieDirection Direction, Relation Relation)
{
    public static ActorRelationView From(string actorId, Relation relation) => new(
        relation.Source == actorId ? relation.Target : relation.Source,
        relation.Type == TieType.MetWith ? TieDirection.Both : relation.Source == actorId ? TieDirection.Out : TieDirection.In,
        relation);
}
