using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

public static partial class ExecutionCorpus
{
    /// <summary>A schema using every feature introspection describes.</summary>
    public const string RichSdl = """"
        """
        The "whole" schema: with a description.
        """
        schema {
          query: Root
          mutation: Change
        }

        "A directive with arguments"
        directive @cached(
          "Seconds"
          ttl: Int = 60
          scopes: [Scope!] = [PUBLIC]
        ) repeatable on FIELD_DEFINITION | OBJECT | INTERFACE

        directive @internal on ENUM_VALUE | ARGUMENT_DEFINITION | INPUT_FIELD_DEFINITION | SCALAR | UNION | INPUT_OBJECT

        "Dates as ISO strings"
        scalar Date @specifiedBy(url: "https://tools.ietf.org/html/rfc3339")

        scalar Opaque

        """
        An actor
        with a two-line description
        """
        type Actor implements Entity & Named @cached(ttl: 5) @cached {
          id: ID!
          "The name"
          name(language: String = "en", short: Boolean): String
          born: Date
          kind: Kind! @deprecated
          oldName: String @deprecated(reason: "Use `name`.")
          ties(first: Int = 10, after: String, filter: TieFilter = {kinds: [ALLY], minWeight: 0.5}): [Tie!]!
        }

        interface Named { name(language: String = "en", short: Boolean): String }

        interface Entity implements Named {
          id: ID!
          name(language: String = "en", short: Boolean): String
        }

        type Tie { weight: Float other: Actor kind: TieKind }

        union Thing @internal = Actor | Tie

        enum Kind {
          "A person"
          PERSON
          GROUP @deprecated(reason: "Groups are actors now")
          STATE @internal
        }

        enum Scope { PUBLIC PRIVATE }

        enum TieKind { ALLY RIVAL }

        input TieFilter {
          kinds: [TieKind!] = [ALLY, RIVAL]
          minWeight: Float
          legacy: Boolean @deprecated(reason: "Ignored")
          "Nested filters"
          and: [TieFilter!]
        }

        input ActorRef @oneOf { id: ID name: String }

        type Root {
          actor(ref: ActorRef!): Actor
          things(limit: Int = 20 @deprecated(reason: "Always 20"), kind: Kind = PERSON): [Thing]
          entity: Entity
          opaque: Opaque
        }

        type Change {
          rename(id: ID!, name: String!): Actor
        }
        """";

    private static IEnumerable<ExecutionCase> IntrospectionCases()
    {
        var graphiql = IntrospectionQuery.Build(IntrospectionQueryOptions.GraphiQL);
        var plain = IntrospectionQuery.Build();
        yield return new("graphiql introspection of a rich schema", RichSdl, graphiql);
        yield return new("default introspection of a rich schema", RichSdl, plain);
        yield return new("graphiql introspection of an abstract schema", AbstractSdl, graphiql);
        yield return new("graphiql introspection of an input schema", InputSdl, graphiql);
        yield return new("graphiql introspection of a scalar schema", ScalarSdl, graphiql);
        yield return new("introspection with directive deprecation", RichSdl,
            IntrospectionQuery.Build(IntrospectionQueryOptions.GraphiQL with { ExperimentalDirectiveDeprecation = true, TypeDepth = 3 }));
        yield return new("type lookups", RichSdl, """
            {
              actor: __type(name: "Actor") { name kind fields { name isDeprecated args { name defaultValue } } interfaces { name } }
              filter: __type(name: "TieFilter") { inputFields { name defaultValue } all: inputFields(includeDeprecated: true) { name isDeprecated deprecationReason } }
              kind: __type(name: "Kind") { enumValues { name } all: enumValues(includeDeprecated: true) { name deprecationReason } }
              thing: __type(name: "Thing") { possibleTypes { name } }
              entity: __type(name: "Entity") { possibleTypes { name } interfaces { name } }
              missing: __type(name: "Missing") { name }
              list: __type(name: "Actor") { fields(includeDeprecated: true) { name type { kind name ofType { kind name ofType { kind name ofType { name } } } } } }
              __schema { queryType { name } mutationType { name } subscriptionType { name } directives { name locations isRepeatable args { name } } }
              __typename
            }
            """);
        yield return new("introspection meta fields only on the query root", RichSdl, "mutation { __typename __schema { description } }");
    }
}
