namespace KnowledgeGraph.Api.Security;

/// <summary>Who is asking: the name recorded in audit trails (retractions, merges) and their role.</summary>
public sealed record RequestPrincipal(string Name, AccessRole Role)
{
    public static RequestPrincipal Anonymous { get; } = new("anonymous", AccessRole.Anonymous);

    public bool IsEditor => Role == AccessRole.Editor;

    public bool CanRead(bool readsRequireKey) => !readsRequireKey || Role != AccessRole.Anonymous;
}
