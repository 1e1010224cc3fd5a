using System.Text;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>graphql-js's <c>getIntrospectionQuery</c>: the query tools such as GraphiQL send, character for character.</summary>
public static class IntrospectionQuery
{
    /// <summary>The introspection query for the given options (graphql-js's defaults when null).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When <see cref="IntrospectionQueryOptions.TypeDepth"/> is above 100.</exception>
    public static string Build(IntrospectionQueryOptions? options = null)
    {
        options ??= new IntrospectionQueryOptions();
        var descriptions = options.Descriptions ? "description" : string.Empty;
        var specifiedByUrl = options.SpecifiedByUrl ? "specifiedByURL" : string.Empty;
        var directiveIsRepeatable = options.DirectiveIsRepeatable ? "isRepeatable" : string.Empty;
        var schemaDescription = options.SchemaDescription ? descriptions : string.Empty;
        var oneOf = options.OneOf ? "isOneOf" : string.Empty;
        string InputDeprecation(string text) => options.InputValueDeprecation ? text : string.Empty;
        string DirectiveDeprecation(string text) => options.ExperimentalDirectiveDeprecation ? text : string.Empty;

        return $$"""

    query IntrospectionQuery {
      __schema {
        {{schemaDescription}}
        queryType { name kind }
        mutationType { name kind }
        subscriptionType { name kind }
        types {
          ...FullType
        }
        directives{{DirectiveDeprecation("(includeDeprecated: true)")}} {
          name
          {{descriptions}}
          {{directiveIsRepeatable}}
          {{DirectiveDeprecation("isDeprecated")}}
          {{DirectiveDeprecation("deprecationReason")}}
          locations
          args{{InputDeprecation("(includeDeprecated: true)")}} {
            ...InputValue
          }
        }
      }
    }

    fragment FullType on __Type {
      kind
      name
      {{descriptions}}
      {{specifiedByUrl}}
      {{oneOf}}
      fields(includeDeprecated: true) {
        name
        {{descriptions}}
        args{{InputDeprecation("(includeDeprecated: true)")}} {
          ...InputValue
        }
        type {
          ...TypeRef
        }
        isDeprecated
        deprecationReason
      }
      inputFields{{InputDeprecation("(includeDeprecated: true)")}} {
        ...InputValue
      }
      interfaces {
        ...TypeRef
      }
      enumValues(includeDeprecated: true) {
        name
        {{descriptions}}
        isDeprecated
        deprecationReason
      }
      possibleTypes {
        ...TypeRef
      }
    }

    fragment InputValue on __InputValue {
      name
      {{descriptions}}
      type { ...TypeRef }
      defaultValue
      {{InputDeprecation("isDeprecated")}}
      {{InputDeprecation("deprecationReason")}}
    }

    fragment TypeRef on __Type {
      kind
      name{{OfType(options.TypeDepth, "      ")}}
    }
""" + "\n  ";
    }

    private static string OfType(int level, string indent)
    {
        if (level <= 0)
        {
            return string.Empty;
        }

        if (level > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(level), "Please set typeDepth to a reasonable value between 0 and 100; the default is 9.");
        }

        return new StringBuilder()
            .Append('\n').Append(indent).Append("ofType {")
            .Append('\n').Append(indent).Append("  name")
            .Append('\n').Append(indent).Append("  kind").Append(OfType(level - 1, indent + "  "))
            .Append('\n').Append(indent).Append('}')
            .ToString();
    }
}
