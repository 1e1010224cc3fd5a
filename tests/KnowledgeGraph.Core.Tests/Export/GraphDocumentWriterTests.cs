using KnowledgeGraph.Core.Export;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Export;

public sealed class GraphDocumentWriterTests
{
    [Fact]
    public async Task An_export_overtaken_by_writes_still_imports_holding_only_what_it_wrote_before_them()
    {
        var g = new GraphBuilder();
        var kh = g.Faction("Kataib Hezbollah");
        var us = g.Government("US");
        var khOld = g.Faction("KH Old");
        var attack = g.Attacked(kh, us, PartialDate.OfMonth(2023, 11));
        g.Attacked(khOld, us);
        var store = await ExportStores.CreateAsync(g.Build());
        // Once the articles and actors are written: a new article with a tie citing it, a new actor with a tie, a merge.
        var overtaken = new WriteDuringTieStreamStore(store, async s =>
        {
            await s.AddArticleAsync(new Article { Id = "late-article", Text = "KH struck the US again." });
            await s.AddTieAsync(new Tie { Id = "late-article-tie", Type = TieType.Attacked, Source = kh.Id, Target = us.Id, Article = "late-article", Evidence = "KH struck the US again." });
            await s.UpsertActorAsync(new Actor { Id = "late-actor", Kind = ActorKind.Faction, Name = "Late Actor", Aliases = ["Late Actor"] });
            await s.AddTieAsync(new Tie { Id = "late-actor-tie", Type = TieType.Attacked, Source = "late-actor", Target = us.Id, Article = attack.Article, Evidence = attack.Evidence });
            await s.MergeActorsAsync(kh.Id, khOld.Id, "editor", "same group");
        });
        using var document = new MemoryStream();

        await GraphDocumentWriter.WriteAsync(overtaken, document, ExportScenarios.ExportedAt);

        document.Position = 0;
        var batch = await GraphDocumentReader.ReadAsync(document, textFileRoot: null);
        Assert.DoesNotContain(batch.Ties, t => t.Id is "late-article-tie" or "late-actor-tie");
        Assert.DoesNotContain(batch.Merges, m => m.MergedId == khOld.Id);
        var imported = await ExportStores.CreateAsync();
        await imported.ImportAsync(batch);
        Assert.Contains(attack.Id, (await imported.GetTiesByIdAsync([attack.Id])).Keys);
    }
}
