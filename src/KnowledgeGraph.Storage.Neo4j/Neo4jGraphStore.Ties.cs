using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.Writing;

namespace KnowledgeGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc/>
    public Task<Article> AddArticleAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return WriteAsync(async run =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckArticle(article, "$.article", violations);
            var existing = (await GraphReads.ArticlesAsync(run, [article.Id ?? ""], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(article.Id ?? "");
            if (existing is not null && existing != article)
            {
                violations.Add(new(ViolationCodes.Conflict, "$.article.id", $"a different article with the id \"{article.Id}\" is already stored"));
            }

            GraphRules.ThrowIfAny(violations);
            if (existing is not null)
            {
                return existing;
            }

            await GraphWrites.ArticlesAsync(run, [article], cancellationToken).ConfigureAwait(false);
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
        return WriteAsync(async run =>
        {
            var lookup = await WriteLookup.LoadAsync(run, [tie.Source ?? "", tie.Target ?? ""], [tie.Article ?? ""], [tie.Id ?? ""], cancellationToken).ConfigureAwait(false);
            var violations = new List<RuleViolation>();
            var source = lookup.FindActor(tie.Source ?? "");
            var target = lookup.FindActor(tie.Target ?? "");
            GraphRules.CheckTie(tie, source, target, lookup.FindArticle(tie.Article ?? ""), "$.tie", violations);
            if (tie.Retraction is { } retraction)
            {
                GraphRules.CheckAudit(retraction.By, retraction.Reason, "$.tie.retraction", violations);
            }

            var canonical = TieIdentity.Canonical(tie with { Source = source?.Id ?? tie.Source!, Target = target?.Id ?? tie.Target! });
            var existing = lookup.FindTie(tie.Id ?? "");
            if (existing is not null && !BatchRules.SameReport(existing, canonical))
            {
                violations.Add(new(ViolationCodes.Conflict, "$.tie.id", $"a different tie with the id \"{tie.Id}\" is already stored"));
            }

            GraphRules.ThrowIfAny(violations);
            if ((existing ?? (await GraphWrites.SameContentAsync(run, [canonical], cancellationToken).ConfigureAwait(false))[0]) is { } stored)
            {
                return stored;
            }

            await GraphWrites.TiesAsync(run, [canonical], cancellationToken).ConfigureAwait(false);
            return canonical;
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<Tie> RetractTieAsync(string tieId, string reason, string by, CancellationToken cancellationToken = default) =>
        WriteAsync(async run =>
        {
            var violations = new List<RuleViolation>();
            GraphRules.CheckAudit(by, reason, "$.tie.retraction", violations);
            var stored = string.IsNullOrEmpty(tieId) ? null : (await GraphReads.TiesByIdAsync(run, [tieId], cancellationToken).ConfigureAwait(false)).GetValueOrDefault(tieId);
            if (stored is null)
            {
                violations.Add(new(ViolationCodes.UnknownTie, "$.tie.id", $"no tie has the id \"{tieId}\""));
            }

            GraphRules.ThrowIfAny(violations);
            if (stored!.IsRetracted)
            {
                return stored;
            }

            var retracted = stored with { Retraction = new Retraction(reason, by, _time.GetUtcNow()) };
            await GraphWrites.RetractAsync(run, tieId, retracted.Retraction, cancellationToken).ConfigureAwait(false);
            return retracted;
        }, cancellationToken);
}
