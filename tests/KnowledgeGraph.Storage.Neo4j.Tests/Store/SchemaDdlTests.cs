using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Storage.Neo4j.Client;
using KnowledgeGraph.Storage.Neo4j.Schema;
using KnowledgeGraph.Storage.Neo4j.Tests.TestUtilities;

namespace KnowledgeGraph.Storage.Neo4j.Tests.Store;

[Collection(Neo4jStoreCollection.Name)]
public sealed class SchemaDdlTests(Neo4jStoreFixture server)
{
    [Fact]
    public async Task Opening_the_store_twice_applies_the_schema_again_without_error_and_keeps_the_data()
    {
        await server.WipeAsync();
        await using (var first = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System))
        {
            await first.UpsertActorAsync(new Actor { Id = "alpha", Kind = ActorKind.Faction, Name = "Alpha" });
        }

        await using var second = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System);

        Assert.Equal("Alpha", (await second.GetActorsAsync(["alpha"]))["alpha"].Name);
    }

    [Fact]
    public async Task The_uniqueness_constraint_on_actor_ids_is_in_place_after_opening()
    {
        await server.WipeAsync();
        await using var store = await Neo4jGraphStore.OpenAsync(server.Options, TimeProvider.System);
        await using var client = TestClients.For(server);
        await client.RunAsync(new Neo4jStatement("CREATE (:Actor {id: 'twin'})"));

        var refusal = await Assert.ThrowsAsync<Neo4jException>(() => client.RunAsync(new Neo4jStatement("CREATE (:Actor {id: 'twin'})")));

        Assert.Contains("ConstraintValidationFailed", refusal.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("3.1.1", "CREATE CONSTRAINT ON (a:Actor) ASSERT a.id IS UNIQUE")]
    [InlineData("5.26.0", "CREATE CONSTRAINT kg_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE")]
    [InlineData("2025.1.0", "CREATE CONSTRAINT kg_actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE")]
    public void The_schema_statements_are_chosen_by_server_version(string version, string firstStatement)
    {
        var statements = SchemaDdl.StatementsFor(Version.Parse(version));

        Assert.Equal(firstStatement, statements[0]);
        Assert.All(statements, s => Assert.DoesNotContain(";", s, StringComparison.Ordinal));
    }

    [Fact]
    public void A_4_x_server_before_4_4_is_refused_with_a_clear_message() =>
        Assert.Contains("4.2", Assert.Throws<NotSupportedException>(() => SchemaDdl.StatementsFor(new Version(4, 2))).Message, StringComparison.Ordinal);
}
