using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// The five scalars the specification defines, with graphql-js 16's coercion rules and error messages.
/// Internal values: <see cref="Int"/> is an <see cref="int"/>, <see cref="Float"/> a <see cref="double"/>,
/// <see cref="String"/> and <see cref="ID"/> a <see cref="string"/>, <see cref="Boolean"/> a <see cref="bool"/>.
/// </summary>
public static partial class SpecifiedScalars
{
    /// <summary>The largest Int (2^31 - 1).</summary>
    public const int MaxInt = int.MaxValue;

    /// <summary>The smallest Int (-2^31).</summary>
    public const int MinInt = int.MinValue;

    // Built on first use: the scalars are initialized in other parts of this partial class.
    private static GraphQLScalarType[]? _all;

    /// <summary>The five specified scalars in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLScalarType> All => _all ??= [String, Int, Float, Boolean, ID];

    /// <summary>Whether a type is one of the specified scalars (by name, as graphql-js checks).</summary>
    public static bool IsSpecifiedScalarType(GraphQLNamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.Name is "String" or "Int" or "Float" or "Boolean" or "ID";
    }

    private static GraphQLError LiteralError(string message, IValueNode node) => new(message, node);

    private static string PrintLiteral(IValueNode node) => Printer.Print(node);

    private static string Inspect(object? value) => ValueInspector.Inspect(value);
}
