namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A list of values of another type.</summary>
public sealed class GraphQLList : GraphQLType
{
    /// <summary>Creates a list type.</summary>
    public GraphQLList(GraphQLType ofType)
        : base(TypeKind.List)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override string ToString() => "[" + OfType + "]";
}
