namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

/// <summary>Introspection requests, compared on the library and social schemas.</summary>
internal static class Introspection
{
    /// <summary>Every introspection field a client asks for (what GraphiQL's query asks, and <c>isOneOf</c>).</summary>
    private const string Full = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }
        }
        """;

    public static IEnumerable<ConformanceCase> Of(string schemaName) =>
    [
        new($"introspection of {schemaName}: the full query", Full),
        new($"introspection of {schemaName}: type names and kinds", "{ __schema { types { name kind } } }"),
        new($"introspection of {schemaName}: deprecated members hidden by default", "{ __schema { types { name fields { name } enumValues { name } inputFields { name } } } }"),
        new($"introspection of {schemaName}: includeDeprecated false", "{ __schema { types { fields(includeDeprecated: false) { name isDeprecated } enumValues(includeDeprecated: false) { name } } } }"),
        new($"introspection of {schemaName}: one type by name", "{ __type(name: \"Node\") { kind name possibleTypes { name } interfaces { name } fields { name } } }"),
        new($"introspection of {schemaName}: an unknown type", "{ __type(name: \"Nope\") { name } }"),
        new($"introspection of {schemaName}: a type name from a variable", "query ($name: String!) { __type(name: $name) { name kind ofType { name } } }", """{"name": "Query"}"""),
        new($"introspection of {schemaName}: __type without its argument", "{ __type { name } }"),
        new($"introspection of {schemaName}: built-in directives", "{ __schema { directives { name locations isRepeatable args { name defaultValue type { name kind ofType { name } } } } } }"),
        new($"introspection of {schemaName}: the specified scalars", "{ s: __type(name: \"String\") { description specifiedByURL } b: __type(name: \"Boolean\") { kind } }"),
        new($"introspection of {schemaName}: __typename of introspection types", "{ __schema { __typename queryType { __typename fields { __typename type { __typename } } } } }"),
        new($"introspection of {schemaName}: introspection inside a fragment", "{ ...Schema }\nfragment Schema on Query { __schema { queryType { name } } __typename }"),
        new($"introspection of {schemaName}: too deep in lists of fields", "{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }"),
        new($"introspection of {schemaName}: an introspection field on a non-root type", "{ __schema { queryType { __schema { description } } } }"),
    ];
}
