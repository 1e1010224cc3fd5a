namespace KnowledgeGraph.GraphQL.Types;

public sealed partial class GraphQLSchema
{
    // Mirrors graphql-js's constructor: the given types keep their order, each followed by the types it
    // references that are not yet collected; then the root types, directive arguments and __Schema.
    private List<GraphQLNamedType> CollectTypes(IEnumerable<GraphQLNamedType>? types)
    {
        var given = types?.ToList() ?? [];
        var set = new InsertionOrderedSet();
        foreach (var type in given)
        {
            set.Add(type);
        }

        foreach (var type in given)
        {
            set.Remove(type);
            Collect(type, set);
        }

        Collect(QueryType, set);
        Collect(MutationType, set);
        Collect(SubscriptionType, set);
        foreach (var directive in Directives)
        {
            foreach (var arg in directive.Args)
            {
                Collect(arg.Type, set);
            }
        }

        Collect(Introspection.SchemaType, set);
        return set.ToList();
    }

    private static void Collect(GraphQLType? type, InsertionOrderedSet set)
    {
        if (type is null)
        {
            return;
        }

        var named = type.GetNamedType();
        if (!set.Add(named))
        {
            return;
        }

        switch (named)
        {
            case GraphQLUnionType union:
                foreach (var member in union.Types)
                {
                    Collect(member, set);
                }

                break;
            case GraphQLImplementingType implementing:
                foreach (var iface in implementing.Interfaces)
                {
                    Collect(iface, set);
                }

                foreach (var field in implementing.Fields.Values)
                {
                    Collect(field.Type, set);
                    foreach (var arg in field.Args)
                    {
                        Collect(arg.Type, set);
                    }
                }

                break;
            case GraphQLInputObjectType input:
                foreach (var field in input.Fields.Values)
                {
                    Collect(field.Type, set);
                }

                break;
        }
    }

    /// <summary>A set that remembers insertion order and moves a re-added item to the end, like a JavaScript Set.</summary>
    private sealed class InsertionOrderedSet
    {
        private readonly Dictionary<GraphQLNamedType, long> _order = new(ReferenceEqualityComparer.Instance);
        private long _next;

        public bool Add(GraphQLNamedType type) => _order.TryAdd(type, _next++);

        public void Remove(GraphQLNamedType type) => _order.Remove(type);

        public List<GraphQLNamedType> ToList() => [.. _order.OrderBy(e => e.Value).Select(e => e.Key)];
    }
}
