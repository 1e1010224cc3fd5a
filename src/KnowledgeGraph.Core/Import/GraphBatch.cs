using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Import;

/// <summary>
/// A set of writes applied in one transaction: articles first, then actors, then ties, then recorded merges.
/// This is what the import format reads into and what a full export writes out.
/// </summary>
public sealed record GraphBatch
{
    public IReadOnlyList<Article> Articles { get; init; } = [];

    public IReadOnlyList<Actor> Actors { get; init; } = [];

    /// <value>Ties; a tie with a <see cref="Tie.Retraction"/> is stored retracted.</value>
    public IReadOnlyList<Tie> Ties { get; init; } = [];

    /// <value>Past merges to record: each merged id must not be a live actor and comes to resolve to its kept actor.</value>
    public IReadOnlyList<MergeRecord> Merges { get; init; } = [];
}
