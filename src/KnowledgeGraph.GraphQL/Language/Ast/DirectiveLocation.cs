namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Where a directive may appear. <see cref="DirectiveLocationNames"/> maps each member to the name the
/// grammar and introspection use (<c>FIELD_DEFINITION</c> for <see cref="FieldDefinition"/>).
/// </summary>
public enum DirectiveLocation
{
    /// <summary>On a query operation.</summary>
    Query,

    /// <summary>On a mutation operation.</summary>
    Mutation,

    /// <summary>On a subscription operation.</summary>
    Subscription,

    /// <summary>On a field selection.</summary>
    Field,

    /// <summary>On a fragment definition.</summary>
    FragmentDefinition,

    /// <summary>On a fragment spread.</summary>
    FragmentSpread,

    /// <summary>On an inline fragment.</summary>
    InlineFragment,

    /// <summary>On a variable definition.</summary>
    VariableDefinition,

    /// <summary>On a schema definition or extension.</summary>
    Schema,

    /// <summary>On a scalar definition.</summary>
    Scalar,

    /// <summary>On an object type definition.</summary>
    Object,

    /// <summary>On a field definition.</summary>
    FieldDefinition,

    /// <summary>On an argument definition.</summary>
    ArgumentDefinition,

    /// <summary>On an interface definition.</summary>
    Interface,

    /// <summary>On a union definition.</summary>
    Union,

    /// <summary>On an enum definition.</summary>
    Enum,

    /// <summary>On an enum value definition.</summary>
    EnumValue,

    /// <summary>On an input object type definition.</summary>
    InputObject,

    /// <summary>On an input field definition.</summary>
    InputFieldDefinition,
}
