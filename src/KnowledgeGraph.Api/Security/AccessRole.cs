namespace KnowledgeGraph.Api.Security;

/// <summary>What a caller may do. Editors may also read.</summary>
public enum AccessRole
{
    /// <summary>No credential was given.</summary>
    Anonymous,

    /// <summary>May read when reads require a key.</summary>
    Reader,

    /// <summary>May write.</summary>
    Editor,
}
