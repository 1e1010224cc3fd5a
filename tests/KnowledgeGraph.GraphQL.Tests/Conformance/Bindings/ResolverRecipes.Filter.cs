using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using static KnowledgeGraph.GraphQL.Tests.Conformance.Bindings.RecipeValues;

namespace KnowledgeGraph.GraphQL.Tests.Conformance.Bindings;

internal static partial class ResolverRecipes
{
    private static Func<ResolveFieldContext, object?> Filter(JsonElement recipe, object? root)
    {
        var source = Text(recipe, "source");
        var fromRoot = source.StartsWith("root.", StringComparison.Ordinal);
        var sourcePath = source[(source.IndexOf('.', StringComparison.Ordinal) + 1)..];
        var where = recipe.TryGetProperty("where", out var criteria)
            ? criteria.EnumerateArray().Select(c => new Criterion(Text(c, "path"), Text(c, "op"), Text(c, "arg"))).ToList()
            : [];
        var firstPath = recipe.TryGetProperty("first", out var first) ? first.GetString() : null;
        var sortBy = recipe.TryGetProperty("sortBy", out var fixedKey) ? fixedKey.GetString() : null;
        var orderBy = recipe.TryGetProperty("orderBy", out var order) ? order : (JsonElement?)null;
        return context =>
        {
            var value = Read(fromRoot ? root : context.Source, sourcePath);
            if (Items(value) is not { } items)
            {
                return value;
            }

            IEnumerable<object?> result = items.Where(item => where.All(c => c.Matches(item, context.Arguments)));
            if ((sortBy ?? SortKey(orderBy, context)) is { } key)
            {
                // OrderBy is stable, as JavaScript's sort; items without the key go last.
                result = result.OrderBy(item => Read(item, key) is null ? 1 : 0).ThenBy(item => Read(item, key) is { } k ? JsString(k) : string.Empty, StringComparer.Ordinal);
            }

            var list = result.ToList();
            if (firstPath is not null && Arg(context, firstPath) is { } count)
            {
                var take = (int)Number(count);
                if (take < 0)
                {
                    throw new RecipeFailure($"Argument \"{firstPath}\" must not be negative, got {take}.");
                }

                list = list.Take(take).ToList();
            }

            return list;
        };
    }

    private static string? SortKey(JsonElement? orderBy, ResolveFieldContext context)
    {
        if (orderBy is not { } order || Arg(context, Text(order, "arg")) is not string choice)
        {
            return null;
        }

        return order.GetProperty("paths").TryGetProperty(choice, out var path) ? path.GetString() : null;
    }

    private sealed record Criterion(string Path, string Op, string ArgPath)
    {
        public bool Matches(object? item, IReadOnlyDictionary<string, object?> arguments)
        {
            var wanted = Read(arguments, ArgPath);
            if (!IsPresent(wanted))
            {
                return true;
            }

            var actual = Read(item, Path);
            if (!IsPresent(actual))
            {
                return false;
            }

            return Op switch
            {
                "eq" => JsString(actual) == JsString(wanted),
                "contains" => JsString(actual).Contains(JsString(wanted), StringComparison.Ordinal),
                "gte" => IsNumber(actual) ? Number(actual) >= Number(wanted) : string.CompareOrdinal(JsString(actual), JsString(wanted)) >= 0,
                "in" => Items(wanted)!.Any(candidate => JsString(candidate) == JsString(actual)),
                "containsAll" => Items(wanted)!.All(candidate => Items(actual)!.Any(entry => JsString(entry) == JsString(candidate))),
                _ => throw new InvalidOperationException($"Unknown filter operator: {Op}"),
            };
        }
    }
}
