using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using static KnowledgeGraph.GraphQL.Tests.Conformance.Bindings.RecipeValues;

namespace KnowledgeGraph.GraphQL.Tests.Conformance.Bindings;

internal static partial class ResolverRecipes
{
    private static Func<ResolveFieldContext, object?> Throw(JsonElement recipe)
    {
        var message = Text(recipe, "message");
        return context => throw new RecipeFailure(Fill(message, context.Source));
    }

    private static Func<ResolveFieldContext, object?> OrThrow(JsonElement recipe)
    {
        var path = Text(recipe, "path");
        var message = Text(recipe, "message");
        return context => Read(context.Source, path) ?? throw new RecipeFailure(Fill(message, context.Source));
    }

    private static Func<ResolveFieldContext, object?> Scale(JsonElement recipe)
    {
        var path = Text(recipe, "path");
        var argPath = Text(recipe, "arg");
        var factors = recipe.GetProperty("factors").EnumerateObject().ToDictionary(f => f.Name, f => f.Value.GetDouble(), StringComparer.Ordinal);
        // An unknown currency (null) has no factor: JavaScript multiplies by undefined and gets NaN.
        return context => Read(context.Source, path) is { } value
            ? Number(value) * (Arg(context, argPath) is string currency && factors.TryGetValue(currency, out var factor) ? factor : double.NaN)
            : null;
    }

    private static Func<ResolveFieldContext, object?> Truncate(JsonElement recipe)
    {
        var path = Text(recipe, "path");
        var argPath = Text(recipe, "arg");
        return context =>
        {
            var text = Read(context.Source, path) as string;
            var length = Arg(context, argPath);
            if (text is null || length is null)
            {
                return text;
            }

            var maxLength = (int)Number(length);
            if (maxLength < 0)
            {
                throw new RecipeFailure($"Argument \"{argPath}\" must not be negative, got {maxLength}.");
            }

            return text.Length > maxLength ? text[..maxLength] + "…" : text;
        };
    }

    private static Func<ResolveFieldContext, object?> Count(JsonElement recipe)
    {
        var path = Text(recipe, "path");
        return context => Items(Read(context.Source, path)) is { } items ? items.Count : null;
    }

    private static Func<ResolveFieldContext, object?> Includes(JsonElement recipe)
    {
        var path = Text(recipe, "path");
        var argPath = Text(recipe, "arg");
        return context => Items(Read(context.Source, path)) is { } items && items.Contains(Arg(context, argPath));
    }

    private static Func<ResolveFieldContext, object?> OneOfEcho(JsonElement recipe)
    {
        var argPath = Text(recipe, "arg");
        var types = recipe.GetProperty("types").EnumerateObject().ToDictionary(t => t.Name, t => t.Value.GetString()!, StringComparer.Ordinal);
        return context =>
        {
            var (member, value) = ((IReadOnlyDictionary<string, object?>)Arg(context, argPath)!).First();
            var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["__typename"] = types[member] };
            foreach (var (key, entry) in (IReadOnlyDictionary<string, object?>)value!)
            {
                result[key] = entry;
            }

            return result;
        };
    }
}
