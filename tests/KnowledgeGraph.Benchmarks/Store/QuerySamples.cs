using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Benchmarks.Store;

/// <summary>
/// The inputs every query runs over, drawn once with a fixed seed so the store and the SQL baseline see the same ones.
/// <see cref="Actors"/> are drawn uniformly, so most are quiet; <see cref="ActiveActors"/> are ends of random ties, so
/// an actor comes up as often as it is reported on, as when someone follows the graph from tie to tie.
/// </summary>
internal sealed record QuerySamples(
    IReadOnlyList<string> Actors, IReadOnlyList<string> ActiveActors, IReadOnlyList<(string From, string To)> Pairs, IReadOnlyList<string> SearchTexts)
{
    public static QuerySamples Draw(GraphBatch batch, int count, int seed)
    {
        var random = new Random(seed + 1);
        var actors = batch.Actors;
        string AnyActor() => actors[random.Next(actors.Count)].Id;
        var texts = new List<string>(count);
        while (texts.Count < count)
        {
            // What someone types into a search box: the first few letters of one of an actor's spellings.
            var aliases = actors[random.Next(actors.Count)].Aliases;
            var alias = aliases[random.Next(aliases.Count)];
            var text = alias[..Math.Min(alias.Length, random.Next(4, 9))];
            if (AliasNormalizer.Normalize(text).Length > 0)
            {
                texts.Add(text);
            }
        }

        return new QuerySamples(
            Enumerable.Range(0, count).Select(_ => AnyActor()).ToList(),
            Enumerable.Range(0, count).Select(_ => batch.Ties[random.Next(batch.Ties.Count)] is var tie && random.Next(2) == 0 ? tie.Source : tie.Target).ToList(),
            Enumerable.Range(0, count).Select(_ => (AnyActor(), AnyActor())).ToList(),
            texts);
    }
}
