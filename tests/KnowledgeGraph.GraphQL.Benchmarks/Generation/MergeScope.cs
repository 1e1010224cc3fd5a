namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>
/// The response names used where selections merge (a selection set with its inline fragments and
/// spreads), so generated documents never hold two fields that cannot be merged. A leaf may repeat
/// under its own name with the same type; anything else gets a fresh alias.
/// </summary>
internal sealed class MergeScope
{
    private readonly Dictionary<string, string> signatures = new(StringComparer.Ordinal);
    private readonly Stack<Dictionary<string, string>> recorders = new();

    /// <summary>Whether <paramref name="responseName"/> may be used with <paramref name="signature"/>; a composite field's signature is unique.</summary>
    public bool Allows(string responseName, string signature) =>
        !signatures.TryGetValue(responseName, out var existing) || (existing == signature && !IsComposite(signature));

    public void Use(string responseName, string signature)
    {
        signatures[responseName] = signature;
        foreach (var recorder in recorders)
        {
            recorder[responseName] = signature;
        }
    }

    /// <summary>Whether every entry of a fragment recorded elsewhere may join this scope.</summary>
    public bool Accepts(IReadOnlyDictionary<string, string> entries) => entries.All(e => Allows(e.Key, e.Value));

    public void UseAll(IReadOnlyDictionary<string, string> entries)
    {
        foreach (var (name, signature) in entries)
        {
            Use(name, signature);
        }
    }

    /// <summary>Starts recording the entries a named fragment adds, so it can be reused in another scope.</summary>
    public void BeginRecording() => recorders.Push(new Dictionary<string, string>(StringComparer.Ordinal));

    public Dictionary<string, string> EndRecording() => recorders.Pop();

    public static bool IsComposite(string signature) => signature.Contains('#', StringComparison.Ordinal);
}
