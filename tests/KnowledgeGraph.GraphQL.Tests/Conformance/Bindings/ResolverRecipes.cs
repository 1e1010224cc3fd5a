using System.Text.Json;
using KnowledgeGraph.GraphQL.Execution;
using static KnowledgeGraph.GraphQL.Tests.Conformance.Bindings.RecipeValues;

namespace KnowledgeGraph.GraphQL.Tests.Conformance.Bindings;

/// <summary>
/// The resolver recipes a conformance schema's bindings file names, for our engine. The node side
/// (Reference/modes/conformance/recipes.js) implements the same recipes for graphql-js; the
/// Conformance README states what each does.
/// </summary>
internal static partial class ResolverRecipes
{
    /// <summary>The resolver a recipe describes, reading <paramref name="root"/> where the recipe says so.</summary>
    public static FieldResolver Create(JsonElement recipe, object? root)
    {
        var kind = recipe.GetProperty("recipe").GetString();
        Func<ResolveFieldContext, object?> resolve = kind switch
        {
            "argument" => Argument(recipe),
            "arguments" => Arguments(recipe, root),
            "lookup" => Lookup(recipe, root),
            "filter" => Filter(recipe, root),
            "search" => Search(recipe, root),
            "throw" => Throw(recipe),
            "orThrow" => OrThrow(recipe),
            "scale" => Scale(recipe),
            "truncate" => Truncate(recipe),
            "count" => Count(recipe),
            "includes" => Includes(recipe),
            "oneOfEcho" => OneOfEcho(recipe),
            _ => throw new InvalidOperationException($"Unknown recipe: {kind}"),
        };
        if (recipe.TryGetProperty("async", out var isAsync) && isAsync.GetBoolean())
        {
            // "A later turn", as graphql-js's promises give it: the field resolves when the executor has nothing else
            // to do, in the order the fields asked. A Task.Yield raced on the thread pool instead: under load two
            // yields could finish out of order, or one before the executor looked, and an error changed places.
            return context => new ValueTask<object?>(context.GetDataLoader<LaterTurn, object?>("later-turn", LaterTurn.RunInOrder)
                .LoadAsync(new LaterTurn(() => resolve(context))));
        }

        return context => new ValueTask<object?>(resolve(context));
    }

    private static string Text(JsonElement recipe, string property) => recipe.GetProperty(property).GetString()!;

    private static object? Arg(ResolveFieldContext context, string path) => Read(context.Arguments, path);

    private static Func<ResolveFieldContext, object?> Argument(JsonElement recipe)
    {
        var path = Text(recipe, "arg");
        return context => Arg(context, path);
    }

    private static Func<ResolveFieldContext, object?> Arguments(JsonElement recipe, object? root)
    {
        var extra = recipe.TryGetProperty("extra", out var entries)
            ? entries.EnumerateObject().Select(e => (e.Name, Path: e.Value.GetString()!["root.".Length..])).ToList()
            : [];
        return context =>
        {
            var result = new Dictionary<string, object?>(context.Arguments, StringComparer.Ordinal);
            foreach (var (name, path) in extra)
            {
                result[name] = Read(root, path);
            }

            return result;
        };
    }

    private static Func<ResolveFieldContext, object?> Lookup(JsonElement recipe, object? root)
    {
        var collections = recipe.GetProperty("collections").EnumerateArray().Select(c => c.GetString()!).ToList();
        var match = recipe.GetProperty("match").EnumerateObject().Select(m => (ItemPath: m.Name, ArgPath: m.Value.GetString()!)).ToList();
        return context =>
        {
            var criteria = match.Where(m => IsPresent(Arg(context, m.ArgPath))).ToList();
            if (criteria.Count == 0)
            {
                return null;
            }

            foreach (var collection in collections)
            {
                foreach (var item in Items(Read(root, collection)) ?? [])
                {
                    if (criteria.All(c => IsPresent(Read(item, c.ItemPath)) && JsString(Read(item, c.ItemPath)) == JsString(Arg(context, c.ArgPath))))
                    {
                        return item;
                    }
                }
            }

            return null;
        };
    }

    private static Func<ResolveFieldContext, object?> Search(JsonElement recipe, object? root)
    {
        var termPath = Text(recipe, "term");
        var kindsPath = Text(recipe, "kinds");
        var sources = recipe.GetProperty("sources").EnumerateArray()
            .Select(s => (Kind: Text(s, "kind"), Collection: Text(s, "collection"), Path: Text(s, "path")))
            .ToList();
        return context =>
        {
            var term = (string)Arg(context, termPath)!;
            if (term.Length == 0)
            {
                throw new RecipeFailure("The search term must not be empty.");
            }

            var kinds = Items(Arg(context, kindsPath));
            var needle = term.ToLowerInvariant();
            var found = new List<object?>();
            foreach (var source in sources)
            {
                if (kinds is not null && !kinds.Contains(source.Kind))
                {
                    continue;
                }

                found.AddRange((Items(Read(root, source.Collection)) ?? [])
                    .Where(item => Read(item, source.Path) is string text && text.ToLowerInvariant().Contains(needle, StringComparison.Ordinal)));
            }

            return found;
        };
    }

    private static string Fill(string template, object? source) =>
        TemplatePlaceholder().Replace(template, match => JsString(Read(source, match.Groups[1].Value)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([A-Za-z_.]+)\}")]
    private static partial System.Text.RegularExpressions.Regex TemplatePlaceholder();

    /// <summary>One async field's work, run when the executor dispatches the later turn; compared by reference.</summary>
    private sealed class LaterTurn(Func<object?> resolve)
    {
        public static ValueTask RunInOrder(IReadOnlyList<LaterTurn> turns, BatchLoadResults<LaterTurn, object?> results, CancellationToken cancellationToken)
        {
            foreach (var turn in turns)
            {
                try
                {
                    results.Set(turn, turn.Resolve());
                }
                catch (Exception error)
                {
                    results.SetError(turn, error);
                }
            }

            return ValueTask.CompletedTask;
        }

        private object? Resolve() => resolve();
    }
}
