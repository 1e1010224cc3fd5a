using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Store;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Reads the product schema's shared arguments (types, windows, directions) into store filters.</summary>
internal static class Arguments
{
    public static GraphRequestContext Request(this ResolveFieldContext context) =>
        context.UserContext as GraphRequestContext ?? throw new InvalidOperationException("The request has no graph context.");

    public static IReadOnlyCollection<TieType>? Types(this ResolveFieldContext context, string name = "types") =>
        context.Arguments.TryGetValue(name, out var value) && value is IEnumerable<object?> list ? list.OfType<TieType>().ToArray() : null;

    public static IReadOnlyCollection<ActorKind>? Kinds(IReadOnlyDictionary<string, object?>? input, string name) =>
        input is not null && input.TryGetValue(name, out var value) && value is IEnumerable<object?> list ? list.OfType<ActorKind>().ToArray() : null;

    public static DateWindow Window(this ResolveFieldContext context, string name = "window") =>
        Window(context.Arguments.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?>) ?? DateWindow.All;

    /// <summary>A DateWindowInput as a store window: from the start of <c>from</c> to the end of <c>to</c>.</summary>
    public static DateWindow? Window(IReadOnlyDictionary<string, object?>? input)
    {
        if (input is null)
        {
            return null;
        }

        var from = input.GetValueOrDefault("from") as PartialDate?;
        var to = input.GetValueOrDefault("to") as PartialDate?;
        var includeUndated = input.GetValueOrDefault("includeUndated") as bool? ?? false;
        var window = DateWindow.Between(from, to, includeUndated);
        if (window.From is { } start && window.To is { } end && start > end)
        {
            throw new GraphQLError($"The window starts ({from}) after it ends ({to}).", null, extensions: Codes.BadUserInput);
        }

        return window;
    }

    public static TieDirection Direction(this ResolveFieldContext context) =>
        context.Arguments.GetValueOrDefault("direction") as TieDirection? ?? TieDirection.Both;

    public static int IntIn(this ResolveFieldContext context, string name, int defaultValue, int min, int max)
    {
        var value = context.Arguments.GetValueOrDefault(name) as int? ?? defaultValue;
        if (value < min || value > max)
        {
            throw new GraphQLError($"Argument \"{name}\" must be between {min} and {max}; got {value}.", null, extensions: Codes.BadUserInput);
        }

        return value;
    }

    public static string RequiredString(this ResolveFieldContext context, string name) =>
        context.Arguments.GetValueOrDefault(name) as string ?? throw new GraphQLError($"Argument \"{name}\" is required.", null, extensions: Codes.BadUserInput);
}
