namespace KnowledgeGraph.GraphQL.Tests.Utilities.Differential;

/// <summary>One SDL document built by both engines: its printed schema, or its build errors, must agree.</summary>
public sealed record SchemaCase(string Name, string Sdl)
{
    public object ToPayload() => new { sdl = Sdl };
}
