using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>A directive definition: where it may appear and which arguments it takes.</summary>
public sealed partial class GraphQLDirective
{
    /// <summary>Creates a directive definition.</summary>
    /// <param name="name">The name, without <c>@</c>.</param>
    /// <param name="locations">Where the directive may appear, as the spec names locations (<c>FIELD_DEFINITION</c>).</param>
    /// <param name="args">The arguments, in order.</param>
    /// <param name="isRepeatable">Whether it may appear more than once at one location.</param>
    /// <param name="description">The description, or null.</param>
    /// <param name="deprecationReason">Why the directive is deprecated, or null.</param>
    /// <param name="astNode">The SDL definition, or null.</param>
    public GraphQLDirective(
        string name,
        IReadOnlyList<string> locations,
        IReadOnlyList<GraphQLArgument>? args = null,
        bool isRepeatable = false,
        string? description = null,
        string? deprecationReason = null,
        DirectiveDefinitionNode? astNode = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(locations);
        Name = name;
        Locations = locations;
        Args = args ?? [];
        IsRepeatable = isRepeatable;
        Description = description;
        DeprecationReason = deprecationReason;
        AstNode = astNode;
    }

    /// <summary>The name, without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Where the directive may appear, in definition order, as the spec names locations (graphql-js's
    /// string-valued <c>DirectiveLocation</c>); <see cref="DirectiveLocationNames"/> converts to and from the
    /// language's enum.
    /// </summary>
    public IReadOnlyList<string> Locations { get; }

    /// <summary>The arguments, in definition order.</summary>
    public IReadOnlyList<GraphQLArgument> Args { get; }

    /// <summary>Whether the directive may appear more than once at one location.</summary>
    public bool IsRepeatable { get; }

    /// <summary>The description, or null.</summary>
    public string? Description { get; }

    /// <summary>Why the directive is deprecated, or null when it is not.</summary>
    public string? DeprecationReason { get; }

    /// <summary>The SDL definition, or null.</summary>
    public DirectiveDefinitionNode? AstNode { get; }

    /// <summary>The argument with the given name, or null.</summary>
    public GraphQLArgument? GetArgument(string name)
    {
        foreach (var arg in Args)
        {
            if (string.Equals(arg.Name, name, StringComparison.Ordinal))
            {
                return arg;
            }
        }

        return null;
    }

    /// <inheritdoc/>
    public override string ToString() => "@" + Name;
}
