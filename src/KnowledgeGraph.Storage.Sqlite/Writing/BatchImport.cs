using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Writes a whole batch inside the write transaction: every rule is checked first (nothing is written if any row
/// breaks one), then articles, actors, ties and merges go in through statements prepared once for all their rows.
/// </summary>
internal static partial class BatchImport
{
    // How often a long import looks at its cancellation token.
    private const int CancellationStride = 10_000;

    public static ImportResult Run(WriteSession session, GraphBatch batch, CancellationToken cancellationToken)
    {
        var prepared = BatchRules.Prepare(batch, session.Lookup);
        var violations = new List<RuleViolation>();
        var actors = CheckActors(session.Model, prepared.Actors, violations);
        var merges = PlanMerges(session, prepared.Merges, violations);
        GraphRules.ThrowIfAny(violations);

        var refs = new BatchReferences(session.Model);
        var (articlesAdded, articlesUnchanged) = WriteArticles(session, prepared.Articles, refs);
        WriteActors(session, actors, refs);
        var (tiesAdded, tiesUnchanged) = WriteTies(session, prepared.Ties, refs, cancellationToken);
        var mergesRecorded = WriteMerges(session, merges, refs);
        return new ImportResult(articlesAdded, articlesUnchanged, actors.Count, tiesAdded, tiesUnchanged, mergesRecorded);
    }

    // Actors are stored with the display name among their aliases; the checks that need the stored graph run here.
    private static List<Actor> CheckActors(GraphModel model, IReadOnlyList<Actor> batchActors, List<RuleViolation> violations)
    {
        var actors = new List<Actor>(batchActors.Count);
        for (var i = 0; i < batchActors.Count; i++)
        {
            var actor = batchActors[i] with { Aliases = AliasList.WithName(batchActors[i].Name, batchActors[i].Aliases) };
            ActorChecks.AliasCount(actor, $"$.actors[{i}].aliases", violations);
            ActorChecks.KindChange(model, actor, $"$.actors[{i}].kind", violations);
            actors.Add(actor);
        }

        return actors;
    }

    private static (int Added, int Unchanged) WriteArticles(WriteSession session, IReadOnlyList<Article> articles, BatchReferences refs)
    {
        var added = new List<(int Index, string Id)>();
        using (var insert = new ArticleInsert(session.Connection))
        {
            foreach (var article in articles)
            {
                if (refs.Article(article.Id) >= 0)
                {
                    continue;
                }

                var index = session.NewArticleIndex();
                insert.Run(GraphModel.SeqOf(index), article);
                refs.AddArticle(article.Id, index);
                added.Add((index, article.Id));
            }
        }

        session.OnCommit(model => added.ForEach(article => model.AddArticle(article.Index, article.Id)));
        return (added.Count, articles.Count - added.Count);
    }

    private static void WriteActors(WriteSession session, List<Actor> actors, BatchReferences refs)
    {
        var written = new List<(int Index, Actor Actor, ActorNames Names)>(actors.Count);
        using (var write = new ActorWrite(session.Connection))
        {
            foreach (var actor in actors)
            {
                var index = refs.Actor(actor.Id);
                var isNew = index < 0;
                if (isNew)
                {
                    index = session.NewActorIndex();
                    refs.AddActor(actor.Id, index);
                }

                write.Run(GraphModel.SeqOf(index), actor, isNew);
                written.Add((index, actor, new ActorNames(actor.Name, actor.Aliases)));
            }
        }

        session.OnCommit(model => written.ForEach(w => model.SetActor(w.Index, w.Actor.Id, w.Actor.Kind, w.Names)));
    }
}
