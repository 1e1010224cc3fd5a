namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>What <see cref="IntrospectionQuery.Build"/> asks for; the defaults are graphql-js's.</summary>
public sealed record IntrospectionQueryOptions
{
    /// <summary>The options GraphiQL uses: everything a graphql-js 16.9+ server answers.</summary>
    public static IntrospectionQueryOptions GraphiQL { get; } = new()
    {
        SpecifiedByUrl = true,
        DirectiveIsRepeatable = true,
        SchemaDescription = true,
        InputValueDeprecation = true,
        OneOf = true,
    };

    /// <summary>Whether to ask for descriptions. <value>The default is true.</value></summary>
    public bool Descriptions { get; init; } = true;

    /// <summary>Whether to ask for scalars' <c>specifiedByURL</c>. <value>The default is false.</value></summary>
    public bool SpecifiedByUrl { get; init; }

    /// <summary>Whether to ask for directives' <c>isRepeatable</c>. <value>The default is false.</value></summary>
    public bool DirectiveIsRepeatable { get; init; }

    /// <summary>Whether to ask for the schema's description. <value>The default is false.</value></summary>
    public bool SchemaDescription { get; init; }

    /// <summary>Whether to ask for deprecated arguments and input fields. <value>The default is false.</value></summary>
    public bool InputValueDeprecation { get; init; }

    /// <summary>Whether to ask for deprecated directives (graphql-js's experimental option). <value>The default is false.</value></summary>
    public bool ExperimentalDirectiveDeprecation { get; init; }

    /// <summary>Whether to ask for input objects' <c>isOneOf</c>. <value>The default is false.</value></summary>
    public bool OneOf { get; init; }

    /// <summary>How many <c>ofType</c> levels type references unwrap, 0 to 100. <value>The default is 9.</value></summary>
    public int TypeDepth { get; init; } = 9;
}
