namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The text of a GraphQL document with a name used when reporting errors.</summary>
public sealed class Source
{
    /// <summary>The name graphql-js gives a source when none is given.</summary>
    public const string DefaultName = "GraphQL request";

    /// <summary>Creates a source.</summary>
    /// <param name="body">The document text.</param>
    /// <param name="name">A name for error reports; graphql-js's default, <c>GraphQL request</c>, when omitted.</param>
    public Source(string body, string name = DefaultName)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(name);
        Body = body;
        Name = name;
    }

    /// <summary>The document text.</summary>
    public string Body { get; }

    /// <summary>The source's name.</summary>
    public string Name { get; }
}
