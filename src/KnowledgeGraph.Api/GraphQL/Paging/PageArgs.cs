using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>Relay's <c>first/after/last/before</c>, checked against the maximum page size.</summary>
internal sealed record PageArgs(int? First, string? After, int? Last, string? Before)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static PageArgs From(ResolveFieldContext context)
    {
        var args = new PageArgs(
            context.Arguments.GetValueOrDefault("first") as int?,
            context.Arguments.GetValueOrDefault("after") as string,
            context.Arguments.GetValueOrDefault("last") as int?,
            context.Arguments.GetValueOrDefault("before") as string);
        Check("first", args.First);
        Check("last", args.Last);
        if (args.First is not null && args.Last is not null)
        {
            throw new GraphQLError("Give \"first\" or \"last\", not both.", null, extensions: Codes.BadUserInput);
        }

        return args.First is null && args.Last is null ? args with { First = DefaultPageSize } : args;
    }

    private static void Check(string name, int? value)
    {
        if (value is < 0 or > MaxPageSize)
        {
            throw new GraphQLError($"Argument \"{name}\" must be between 0 and {MaxPageSize}; got {value}.", null, extensions: Codes.BadUserInput);
        }
    }
}
