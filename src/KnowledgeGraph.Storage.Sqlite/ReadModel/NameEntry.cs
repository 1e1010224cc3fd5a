namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// One suffix of a normalised name that starts at a word: which actor, which of its names, where the suffix starts,
/// and the suffix's first four characters packed in order, so sorting a million entries mostly compares integers.
/// </summary>
internal readonly record struct NameEntry(int Actor, ushort Name, ushort Offset, ulong Prefix)
{
    public static ulong PrefixOf(ReadOnlySpan<char> suffix)
    {
        ulong prefix = 0;
        for (var i = 0; i < 4; i++)
        {
            prefix = (prefix << 16) | (i < suffix.Length ? suffix[i] : 0u);
        }

        return prefix;
    }
}
