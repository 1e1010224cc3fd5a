using KnowledgeGraph.Core.Naming;

namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>An actor's spellings as stored and in the normalised form search compares.</summary>
internal sealed class ActorNames
{
    public ActorNames(string name, IReadOnlyList<string> aliases)
    {
        Name = name;
        NormalizedName = AliasNormalizer.Normalize(name);
        Names = aliases.Contains(name) ? [.. aliases] : [name, .. aliases];
        DisplayIndex = Array.IndexOf(Names, name);
        Normalized = new string[Names.Length];
        WordStarts = new IReadOnlyList<int>[Names.Length];
        for (var i = 0; i < Names.Length; i++)
        {
            var words = AliasNormalizer.Words(Names[i]);
            Normalized[i] = string.Concat(words);
            WordStarts[i] = AliasNormalizer.WordStarts(words);
        }
    }

    public string Name { get; }

    /// <value>The display name normalised: the second sort key of search results.</value>
    public string NormalizedName { get; }

    /// <value>Every spelling, the display name included.</value>
    public string[] Names { get; }

    public int DisplayIndex { get; }

    public string[] Normalized { get; }

    public IReadOnlyList<int>[] WordStarts { get; }
}
