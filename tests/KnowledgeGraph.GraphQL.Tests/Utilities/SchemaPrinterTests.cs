using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Tests.Utilities;

public sealed class SchemaPrinterTests
{
    // Written as printSchema writes SDL, so printing the built schema gives the text back unchanged.
    private const string ProductLikeSdl = """"
        """Who did what to whom, and on what evidence."""
        schema {
          query: Query
        }

        """Marks fields only operators may read."""
        directive @internal(reason: String = "Operator only") on FIELD_DEFINITION

        scalar Date @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")

        type Query {
          actor(id: ID!): Actor
          actors(first: Int = 20, after: String, filter: ActorFilter): ActorConnection!
          search(text: String!): [SearchResult!]!
        }

        """
        A political or armed actor.
        Names are normalised aliases.
        """
        type Actor implements Node {
          id: ID!
          name: String!
          kind: ActorKind!
          founded: Date
          ties(
            """Only ties of these kinds."""
            kinds: [TieKind!] = [ALLY, RIVAL]
            first: Int = 10
          ): [Tie!]!
          legacyId: Int @deprecated(reason: "Use `id`.")
          notes: String
        }

        interface Node {
          id: ID!
        }

        enum ActorKind {
          PERSON
          ARMED_GROUP

          """A recognised state."""
          STATE
          PARTY @deprecated
        }

        scalar Unused

        input ActorFilter @oneOf {
          kind: ActorKind
          nameContains: String
        }

        type ActorConnection {
          nodes: [Actor!]!
          endCursor: String
        }

        union SearchResult = Actor | Article

        type Article implements Node {
          id: ID!
          title: String!
          published: Date
        }

        type Tie {
          kind: TieKind!
          weight: Float
          target: Actor!
        }

        enum TieKind {
          ALLY
          RIVAL
          FUNDS
        }
        """";

    [Fact]
    public void Prints_a_schema_back_into_the_sdl_it_was_built_from()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(ProductLikeSdl).Build();

        Assert.Equal(ProductLikeSdl, SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Drops_applied_custom_directives_as_graphql_js_does()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("directive @internal on FIELD_DEFINITION type Query { a: Int @internal }").Build();

        Assert.Equal("directive @internal on FIELD_DEFINITION\n\ntype Query {\n  a: Int\n}", SchemaPrinter.PrintSchema(schema));
    }

    [Fact]
    public void Leaves_out_the_schema_definition_when_roots_have_their_usual_names()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions("schema { query: Query } type Query { a: Int }").Build();

        Assert.Equal("type Query {\n  a: Int\n}", SchemaPrinter.PrintSchema(schema));
    }
}
