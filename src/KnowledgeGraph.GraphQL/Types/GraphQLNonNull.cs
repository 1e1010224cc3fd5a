namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A type whose values are never null.</summary>
public sealed class GraphQLNonNull : GraphQLType
{
    /// <summary>Creates a non-null type.</summary>
    /// <exception cref="ArgumentException">When <paramref name="ofType"/> is itself non-null.</exception>
    public GraphQLNonNull(GraphQLType ofType)
        : base(TypeKind.NonNull)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType.Kind == TypeKind.NonNull)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type wrapped.</summary>
    public GraphQLType OfType { get; }

    /// <inheritdoc/>
    public override string ToString() => OfType + "!";
}
