using System.Runtime.ExceptionServices;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Writes a whole batch inside the write transaction, through statements prepared once for all their rows. The batch
/// rules (<see cref="BatchRules"/>) decide whether anything is kept: they run on a second core while this thread
/// writes the articles, actors and ties, and if they refuse the batch the transaction rolls back whatever was written.
/// </summary>
internal static partial class BatchImport
{
    // How often a long import looks at its cancellation token.
    private const int CancellationStride = 10_000;

    /// <param name="session">The write transaction.</param>
    /// <param name="batch">The batch to import.</param>
    /// <param name="readers">Where the rules get a connection of their own: they read only the committed graph,
    /// which is what a read connection sees while this transaction is open.</param>
    /// <param name="cancellationToken">Checked while the ties go in.</param>
    public static ImportResult Run(WriteSession session, GraphBatch batch, ReadConnectionPool readers, CancellationToken cancellationToken)
    {
        var connection = readers.Rent();
        var rules = Task.Run(() => BatchRules.Prepare(batch, new TransactionLookup(connection, session.Model)), CancellationToken.None);
        try
        {
            return Run(session, batch, rules, cancellationToken);
        }
        finally
        {
            // A write that fails early must not hand the connection back while the rules still read through it.
            ((IAsyncResult)rules).AsyncWaitHandle.WaitOne();
            readers.Return(connection);
        }
    }

    private static ImportResult Run(WriteSession session, GraphBatch batch, Task<GraphBatch> rules, CancellationToken cancellationToken)
    {
        var violations = new List<RuleViolation>();
        var refs = new BatchReferences(session.Model);
        List<Actor> actors = [];
        List<PlannedMerge> merges = [];
        (int Added, int Unchanged) articles = default, ties = default;
        Exception? tentative = null;
        try
        {
            actors = CheckActors(session.Model, batch.Actors, violations);
            merges = PlanMerges(session, batch.Merges, violations);
            articles = WriteArticles(session, batch.Articles, refs);
            WriteActors(session, actors, refs);
            // The ties are resolved here as the rules resolve them, so they go in while the rules still run.
            ties = WriteTies(session, BatchRules.Resolve(batch.Ties, refs.LiveActorId), refs, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Rows the rules will refuse can fail on the way in (a missing name, say); the rules' verdict comes first.
            tentative = e;
        }

        Verdict(rules, violations);
        if (tentative is not null)
        {
            ExceptionDispatchInfo.Throw(tentative);
        }

        var mergesRecorded = WriteMerges(session, merges, refs);
        return new ImportResult(articles.Added, articles.Unchanged, actors.Count, ties.Added, ties.Unchanged, mergesRecorded);
    }

    // Waits for the rules and reports their violations together with the store's own.
    private static void Verdict(Task<GraphBatch> rules, List<RuleViolation> violations)
    {
        try
        {
            rules.GetAwaiter().GetResult();
        }
        catch (GraphRuleException refusal)
        {
            throw new GraphRuleException([.. refusal.Violations, .. violations]);
        }

        GraphRules.ThrowIfAny(violations);
    }

    // Actors are stored with the display name among their aliases; the checks that need the stored graph run here.
    private static List<Actor> CheckActors(GraphModel model, IReadOnlyList<Actor> batchActors, List<RuleViolation> violations)
    {
        var actors = new List<Actor>(batchActors.Count);
        for (var i = 0; i < batchActors.Count; i++)
        {
            var actor = batchActors[i] with { Aliases = AliasList.WithName(batchActors[i].Name, batchActors[i].Aliases) };
            ActorChecks.AliasCount(actor, RecordPath.Item("$.actors", i).Member("aliases"), violations);
            ActorChecks.KindChange(model, actor, RecordPath.Item("$.actors", i).Member("kind"), violations);
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
