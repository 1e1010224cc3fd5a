namespace KnowledgeGraph.GraphQL.Tests.Conformance.Bindings;

/// <summary>
/// A failure inside a recipe or custom scalar: a plain error, as JavaScript's <c>new Error(message)</c>
/// on the node side, which the engine turns into a GraphQL error keeping the message.
/// </summary>
public sealed class RecipeFailure : Exception
{
    public RecipeFailure(string message)
        : base(message)
    {
    }

    public RecipeFailure()
    {
    }

    public RecipeFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
