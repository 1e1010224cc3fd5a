namespace KnowledgeGraph.Storage.Sqlite.ReadModel;

/// <summary>
/// Every live actor's spellings, and a sorted array of every suffix of their normalised forms that starts at a word.
/// A query matches a name when one of those suffixes begins with it, so the matches of a query are one contiguous
/// run found by binary search. Changes are collected and applied by <see cref="Publish"/> once per write.
/// </summary>
internal sealed class NameIndex
{
    // Above this many changed actors in one write, sorting everything again is cheaper than patching.
    private const int PatchLimit = 512;

    private readonly List<ActorNames?> _actors = [];
    private readonly HashSet<int> _changed = [];
    private readonly Comparison<NameEntry> _order;
    private NameEntry[] _entries = [];

    // Each actor's normalised display name, its first four characters packed as in NameEntry: search orders its hits
    // by that name, and comparing these settles almost every pair without following pointers to the strings.
    private ulong[] _displayPrefixes = [];

    public NameIndex()
    {
        _order = Compare;
    }

    public int Count => _entries.Length;

    public NameEntry this[int index] => _entries[index];

    public ActorNames Of(int actor) => _actors[actor] ?? throw new InvalidOperationException($"Actor slot {actor} has no names.");

    public void Set(int actor, ActorNames names)
    {
        while (_actors.Count <= actor)
        {
            _actors.Add(null);
        }

        _actors[actor] = names;
        if (_displayPrefixes.Length <= actor)
        {
            Array.Resize(ref _displayPrefixes, Math.Max(actor + 1, _displayPrefixes.Length * 2));
        }

        _displayPrefixes[actor] = NameEntry.PrefixOf(names.NormalizedName);
        _changed.Add(actor);
    }

    /// <summary>The first four characters of the actor's normalised display name, packed so integers order as the strings do.</summary>
    public ulong DisplayPrefix(int actor) => _displayPrefixes[actor];

    public void Remove(int actor)
    {
        _actors[actor] = null;
        _changed.Add(actor);
    }

    /// <summary>Brings the sorted suffixes in line with every change since the last call.</summary>
    public void Publish()
    {
        if (_changed.Count == 0)
        {
            return;
        }

        _entries = _changed.Count > PatchLimit ? Rebuild() : Patch();
        _changed.Clear();
    }

    public ReadOnlySpan<char> Suffix(NameEntry entry) => _actors[entry.Actor]!.Normalized[entry.Name].AsSpan(entry.Offset);

    /// <summary>The first entry whose suffix does not sort before <paramref name="query"/>.</summary>
    public int LowerBound(ReadOnlySpan<char> query)
    {
        int low = 0, high = _entries.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Suffix(_entries[middle]).SequenceCompareTo(query) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// The first entry after the run that <see cref="LowerBound"/> starts: the first whose suffix neither sorts before
    /// <paramref name="query"/> nor begins with it. Every entry in between matches, so a search reads no name to find them.
    /// </summary>
    public int EndOfMatches(ReadOnlySpan<char> query, int lowerBound)
    {
        int low = lowerBound, high = _entries.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            var suffix = Suffix(_entries[middle]);
            if (suffix[..Math.Min(suffix.Length, query.Length)].SequenceCompareTo(query) <= 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private NameEntry[] Rebuild()
    {
        var entries = new List<NameEntry>();
        for (var actor = 0; actor < _actors.Count; actor++)
        {
            AddEntries(actor, entries);
        }

        var sorted = entries.ToArray();
        Array.Sort(sorted, _order);
        return sorted;
    }

    private NameEntry[] Patch()
    {
        var added = new List<NameEntry>();
        foreach (var actor in _changed)
        {
            AddEntries(actor, added);
        }

        added.Sort(_order);
        var merged = new NameEntry[_entries.Length + added.Count];
        int count = 0, next = 0;
        foreach (var entry in _entries)
        {
            if (_changed.Contains(entry.Actor))
            {
                continue;
            }

            while (next < added.Count && Compare(added[next], entry) < 0)
            {
                merged[count++] = added[next++];
            }

            merged[count++] = entry;
        }

        while (next < added.Count)
        {
            merged[count++] = added[next++];
        }

        return merged[..count];
    }

    private void AddEntries(int actor, List<NameEntry> entries)
    {
        if (_actors[actor] is not { } names)
        {
            return;
        }

        for (var name = 0; name < names.Names.Length; name++)
        {
            foreach (var offset in names.WordStarts[name])
            {
                entries.Add(new NameEntry(actor, (ushort)name, (ushort)offset, NameEntry.PrefixOf(names.Normalized[name].AsSpan(offset))));
            }
        }
    }

    private int Compare(NameEntry a, NameEntry b)
    {
        if (a.Prefix != b.Prefix)
        {
            return a.Prefix.CompareTo(b.Prefix);
        }

        var bySuffix = Suffix(a).SequenceCompareTo(Suffix(b));
        if (bySuffix != 0)
        {
            return bySuffix;
        }

        return a.Actor != b.Actor ? a.Actor.CompareTo(b.Actor) : a.Name != b.Name ? a.Name.CompareTo(b.Name) : a.Offset.CompareTo(b.Offset);
    }
}
