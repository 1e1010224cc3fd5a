using System.Text.RegularExpressions;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Benchmarks.Newsroom;

/// <summary>
/// The newsroom schema (newsroom.graphql) with its resolvers over a <see cref="NewsroomGraph"/>. The node
/// side (node/newsroom.js) binds the same resolvers for graphql-js and graphql-jit; keep them in step.
/// </summary>
internal static partial class NewsroomSchema
{
    public static string Sdl { get; } = ReadSdl();

    /// <param name="graph">The data.</param>
    /// <param name="plainResolvers">
    /// Whether to leave out the work resolvers do (the <c>Date</c> pattern check, the filtering in
    /// <c>Actor.ties</c>), so a profile can tell the engine's own cost from theirs.
    /// </param>
    public static GraphQLSchema Build(NewsroomGraph graph, bool plainResolvers = false) =>
        new SchemaBuilder()
            .AddTypeDefinitions(Sdl, "newsroom.graphql")
            .AddScalar("Date", plainResolvers ? static value => value : Date, Date)
            .BindClrType<Actor>("Actor")
            .BindClrType<Tie>("Tie")
            .BindClrType<Article>("Article")
            .AddResolver("Query.actor", context => graph.Nodes.GetValueOrDefault(context.GetArgument<string>("id")!) as Actor)
            .AddResolver("Query.actorBy", context => ActorBy(graph, context))
            .AddResolver("Query.actors", context => Actors(graph, context))
            .AddResolver("Query.articles", context => graph.Articles.Take(First(context)).ToList())
            .AddResolver("Query.node", context => graph.Nodes.GetValueOrDefault(context.GetArgument<string>("id")!))
            .AddResolver("Query.search", context => Search(graph, context))
            .AddResolver("Actor.ties", context => plainResolvers ? ((Actor)context.Source!).Ties : Ties((Actor)context.Source!, context))
            .Build();

    private static string ReadSdl()
    {
        using var stream = typeof(NewsroomSchema).Assembly.GetManifestResourceStream("newsroom.graphql")
            ?? throw new InvalidOperationException("The newsroom.graphql resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static object Date(object value) =>
        value is string text && DatePattern().IsMatch(text) ? text : throw new GraphQLError($"Date cannot represent {value}: expected YYYY-MM-DD.");

    /// <summary>The <c>first</c> argument; negative values fail as they do on the node side.</summary>
    private static int First(ResolveFieldContext context) =>
        context.GetArgument<int?>("first") switch
        {
            null => int.MaxValue,
            < 0 and var first => throw new GraphQLError($"first must not be negative, got {first}."),
            var first => first.Value,
        };

    private static Actor? ActorBy(NewsroomGraph graph, ResolveFieldContext context)
    {
        var lookup = context.GetArgument<IReadOnlyDictionary<string, object?>>("lookup")!;
        return lookup.TryGetValue("id", out var id) && id is string key
            ? graph.Nodes.GetValueOrDefault(key) as Actor
            : graph.Actors.FirstOrDefault(a => a.Name == lookup.GetValueOrDefault("name") as string);
    }

    private static List<Actor> Actors(NewsroomGraph graph, ResolveFieldContext context)
    {
        var filter = context.GetArgument<IReadOnlyDictionary<string, object?>>("filter");
        var kind = filter?.GetValueOrDefault("kind") as string;
        var nameContains = filter?.GetValueOrDefault("nameContains") as string;
        var foundedAfter = filter?.GetValueOrDefault("foundedAfter") as string;
        return graph.Actors
            .Where(a => kind is null || a.Kind == kind)
            .Where(a => nameContains is null || a.Name.Contains(nameContains, StringComparison.Ordinal))
            .Where(a => foundedAfter is null || (a.Founded is not null && string.CompareOrdinal(a.Founded, foundedAfter) >= 0))
            .Take(First(context))
            .ToList();
    }

    private static List<object> Search(NewsroomGraph graph, ResolveFieldContext context)
    {
        var text = context.GetArgument<string>("text")!.ToLowerInvariant();
        return graph.Actors.Where(a => a.Name.ToLowerInvariant().Contains(text, StringComparison.Ordinal)).Cast<object>()
            .Concat(graph.Articles.Where(a => a.Title.ToLowerInvariant().Contains(text, StringComparison.Ordinal)))
            .Take(First(context))
            .ToList();
    }

    /// <summary>As on the node side, the actor's own list when neither argument narrows it, a copy otherwise.</summary>
    private static IReadOnlyList<Tie> Ties(Actor actor, ResolveFieldContext context)
    {
        var type = context.GetArgument<string>("type");
        IReadOnlyList<Tie> ties = type is null ? actor.Ties : actor.Ties.Where(t => t.Type == type).ToList();
        var first = First(context);
        return first < ties.Count ? ties.Take(first).ToList() : ties;
    }

    [GeneratedRegex(@"\A[0-9]{4}-[0-9]{2}-[0-9]{2}\z")]
    private static partial Regex DatePattern();
}
