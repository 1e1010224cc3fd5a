using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>What the directive rules need to know of one directive, whether the schema or the document defines it.</summary>
/// <param name="Locations">The locations where it may appear, one bit per <see cref="DirectiveLocation"/>.</param>
/// <param name="IsRepeatable">Whether it may appear more than once at one location.</param>
/// <param name="ArgumentNames">Its argument names, in definition order.</param>
/// <param name="RequiredArguments">Its arguments that must be given (non-null, no default), with their types as printed in messages.</param>
internal sealed record DirectiveFacts(
    long Locations,
    bool IsRepeatable,
    string[] ArgumentNames,
    (string Name, string Type)[] RequiredArguments)
{
    public bool AllowsLocation(DirectiveLocation location) => (Locations & (1L << (int)location)) != 0;
}
