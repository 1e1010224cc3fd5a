using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Sqlite.Database;
using KnowledgeGraph.Storage.Sqlite.ReadModel;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string RetractSql = "UPDATE tie SET retracted_reason = $reason, retracted_by = $by, retracted_at = $at WHERE seq = $seq";

    /// <inheritdoc/>
    public Task<Article> AddArticleAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return WriteAsync(session =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckArticle(article, "$.article", violations);
            var existing = session.Lookup.FindArticle(article.Id);
            if (existing is not null && existing != article)
            {
                violations.Add(new(ViolationCodes.Conflict, "$.article.id", $"a different article with the id \"{article.Id}\" is already stored"));
            }

            GraphRules.ThrowIfAny(violations);
            if (existing is not null)
            {
                return existing;
            }

            var index = session.NewArticleIndex();
            using (var insert = new ArticleInsert(session.Connection))
            {
                insert.Run(GraphModel.SeqOf(index), article);
            }

            session.OnCommit(model => model.AddArticle(index, article.Id));
            return article;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Ends are resolved through merges before anything else, so a report naming a merged-away id lands on the kept
    /// actor. A tie carrying a <see cref="Retraction"/> is stored retracted, as an import would store it.
    /// </remarks>
    public Task<Tie> AddTieAsync(Tie tie, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tie);
        return WriteAsync(session =>
        {
            var lookup = session.Lookup;
            var violations = new List<RuleViolation>();
            var source = lookup.FindActor(tie.Source);
            var target = lookup.FindActor(tie.Target);
            GraphRules.CheckTie(tie, source, target, lookup.FindArticle(tie.Article), "$.tie", violations);
            if (tie.Retraction is { } retraction)
            {
                GraphRules.CheckAudit(retraction.By, retraction.Reason, "$.tie.retraction", violations);
            }

            var canonical = TieIdentity.Canonical(tie with { Source = source?.Id ?? tie.Source, Target = target?.Id ?? tie.Target });
            var existing = lookup.FindTie(tie.Id);
            if (existing is not null && !BatchRules.SameReport(existing, canonical))
            {
                violations.Add(new(ViolationCodes.Conflict, "$.tie.id", $"a different tie with the id \"{tie.Id}\" is already stored"));
            }

            GraphRules.ThrowIfAny(violations);
            if ((existing ?? SameContent.Find(session, canonical)) is { } stored)
            {
                return stored;
            }

            InsertTie(session, canonical);
            return canonical;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Tie> RetractTieAsync(string tieId, string reason, string by, CancellationToken cancellationToken = default) =>
        WriteAsync(session =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckAudit(by, reason, "$.tie.retraction", violations);
            var stored = string.IsNullOrEmpty(tieId) ? null : StoredRows.TieWithSeqById(session.Connection, tieId);
            if (stored is null)
            {
                violations.Add(new(ViolationCodes.UnknownTie, "$.tie.id", $"no tie has the id \"{tieId}\""));
            }

            GraphRules.ThrowIfAny(violations);
            var (seq, tie) = stored!.Value;
            if (tie.IsRetracted)
            {
                return tie;
            }

            var retracted = tie with { Retraction = new Retraction(reason, by, session.Time.GetUtcNow()) };
            Retract(session, seq, retracted.Retraction);
            return retracted;
        }, cancellationToken);

    private static void InsertTie(WriteSession session, Tie canonical)
    {
        var model = session.Model;
        var index = session.NewTieIndex();
        int source = model.ResolveActor(canonical.Source), target = model.ResolveActor(canonical.Target), article = model.FindArticle(canonical.Article);
        using (var insert = new TieInsert(session.Connection))
        {
            insert.Run(GraphModel.SeqOf(index), canonical, GraphModel.SeqOf(source), GraphModel.SeqOf(target), GraphModel.SeqOf(article));
        }

        session.OnCommit(m => m.AddTie(index, canonical.Type, source, target, article, canonical.Date, canonical.IsRetracted));
    }

    private static void Retract(WriteSession session, int seq, Retraction retraction)
    {
        var command = session.Connection.Command(RetractSql);
        command.Parameters.AddWithValue("$reason", retraction.Reason);
        command.Parameters.AddWithValue("$by", retraction.By);
        command.Parameters.AddWithValue("$at", DateColumns.Instant(retraction.At));
        command.Parameters.AddWithValue("$seq", seq);
        command.ExecuteNonQuery();
        session.OnCommit(model => model.Retract(GraphModel.IndexOf(seq)));
    }
}
