using System.Text.Json;
using KnowledgeGraph.Core.Import;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Naming;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.Api.GraphQL.Resolvers;

/// <summary>
/// The writes. Each one needs an editor credential (the HTTP layer refuses the request before execution; the check
/// here keeps that true for any other caller), runs as one store write, and reports broken rules with the input path.
/// </summary>
internal static class MutationResolvers
{
    // Where the store names a field of a mutation with plain arguments, and the argument that holds it.
    private static readonly Dictionary<string, string> AliasArguments = new(StringComparer.Ordinal)
    {
        ["$.actor.id"] = "actorId",
        ["$.actor.aliases"] = "alias",
        ["$.alias"] = "alias",
    };

    private static readonly Dictionary<string, string> RetractArguments = new(StringComparer.Ordinal)
    {
        ["$.tie.id"] = "id",
        ["$.tie.retraction.reason"] = "reason",
    };

    private static readonly Dictionary<string, string> MergeArguments = new(StringComparer.Ordinal)
    {
        ["$.merge.kept"] = "keepId",
        ["$.merge.merged"] = "mergeId",
        ["$.merge.reason"] = "reason",
    };

    public static SchemaBuilder AddMutationResolvers(this SchemaBuilder schema) => schema
        .AddResolver("Mutation.upsertActor", c => WriteAsync(c, "input", r => r.Store.UpsertActorAsync(Inputs.Actor(Input(c)), c.CancellationToken)))
        .AddResolver("Mutation.addAlias", c => WriteAsync(c, AliasArguments, r => r.Store.AddAliasAsync(c.RequiredString("actorId"), c.RequiredString("alias"), c.CancellationToken)))
        .AddResolver("Mutation.removeAlias", c => WriteAsync(c, AliasArguments, r => r.Store.RemoveAliasAsync(c.RequiredString("actorId"), c.RequiredString("alias"), c.CancellationToken)))
        .AddResolver("Mutation.addArticle", c => WriteAsync(c, "input", r => r.Store.AddArticleAsync(Inputs.Article(Input(c)), c.CancellationToken)))
        .AddResolver("Mutation.addTie", c => WriteAsync(c, "input", r => r.Store.AddTieAsync(Inputs.Tie(Input(c)), c.CancellationToken)))
        .AddResolver("Mutation.retractTie", c => WriteAsync(c, RetractArguments, r => r.Store.RetractTieAsync(c.RequiredString("id"), c.RequiredString("reason"), r.Principal.Name, c.CancellationToken)))
        .AddResolver("Mutation.mergeActors", c => WriteAsync(c, MergeArguments, r =>
            r.Store.MergeActorsAsync(c.RequiredString("keepId"), c.RequiredString("mergeId"), r.Principal.Name, c.RequiredString("reason"), c.CancellationToken)))
        .AddResolver("Mutation.importDocument", c => WriteAsync(c, "document", r =>
        {
            var document = (JsonElement)c.Arguments["document"]!;
            return r.Store.ImportAsync(GraphDocumentReader.Read(document, textFileRoot: null), c.CancellationToken);
        }));

    private static IReadOnlyDictionary<string, object?> Input(ResolveFieldContext context) =>
        (IReadOnlyDictionary<string, object?>)context.Arguments["input"]!;

    private static ValueTask<object?> WriteAsync<T>(ResolveFieldContext context, string inputRoot, Func<GraphRequestContext, Task<T>> write) =>
        WriteAsync(context, write, rejection => DomainErrors.ToGraphQLError(rejection, inputRoot));

    private static ValueTask<object?> WriteAsync<T>(ResolveFieldContext context, IReadOnlyDictionary<string, string> arguments, Func<GraphRequestContext, Task<T>> write) =>
        WriteAsync(context, write, rejection => DomainErrors.ToGraphQLError(rejection, arguments));

    private static async ValueTask<object?> WriteAsync<T>(ResolveFieldContext context, Func<GraphRequestContext, Task<T>> write, Func<GraphRuleException, GraphQLError> toError)
    {
        var request = context.Request();
        if (!request.Principal.IsEditor)
        {
            throw new GraphQLError("Writes need an editor credential.", null, extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" });
        }

        try
        {
            return await write(request).ConfigureAwait(false);
        }
        catch (GraphRuleException rejection)
        {
            throw toError(rejection);
        }
    }

    /// <summary>Mutation inputs as domain records. Shape errors (a date that disagrees with its precision) are rule errors.</summary>
    private static class Inputs
    {
        public static Actor Actor(IReadOnlyDictionary<string, object?> input)
        {
            var name = input.GetValueOrDefault("name") as string ?? "";
            return new Actor
            {
                Id = input.GetValueOrDefault("id") as string ?? IdFromName(name),
                Kind = (ActorKind)input["kind"]!,
                Name = name,
                Aliases = input.GetValueOrDefault("aliases") is IEnumerable<object?> aliases ? aliases.OfType<string>().ToArray() : [],
                Description = input.GetValueOrDefault("description") as string,
                Wikidata = input.GetValueOrDefault("wikidata") as string,
            };
        }

        // Made from the latin letters alone, two names in another script could share an id, and the second upsert
        // would replace the first actor; such a name needs an id given.
        private static string IdFromName(string name) => Slug.SpellsEveryLetter(name)
            ? Slug.FromName(name)
            : throw new GraphRuleException(new RuleViolation(ViolationCodes.Required, "$.actor.id",
                $"an id is required: one made from the name \"{name}\" would keep only its letters a to z"));

        public static Article Article(IReadOnlyDictionary<string, object?> input) => new()
        {
            Id = input.GetValueOrDefault("id") as string ?? "",
            Title = input.GetValueOrDefault("title") as string,
            Publisher = input.GetValueOrDefault("publisher") as string,
            Url = input.GetValueOrDefault("url") as string,
            PublishedAt = Date(input, "publishedAt", "publishedPrecision", "$.article"),
            Note = input.GetValueOrDefault("note") as string,
            Text = input.GetValueOrDefault("text") as string ?? "",
        };

        public static Tie Tie(IReadOnlyDictionary<string, object?> input)
        {
            var tie = new Tie
            {
                Id = input.GetValueOrDefault("id") as string ?? "",
                Type = (TieType)input["type"]!,
                Source = input.GetValueOrDefault("source") as string ?? "",
                Target = input.GetValueOrDefault("target") as string ?? "",
                Article = input.GetValueOrDefault("article") as string ?? "",
                Date = Date(input, "date", "datePrecision", "$.tie"),
                Location = input.GetValueOrDefault("location") as string,
                Evidence = input.GetValueOrDefault("evidence") as string ?? "",
                Note = input.GetValueOrDefault("note") as string,
            };
            return tie.Id.Length > 0 ? tie : tie with { Id = TieIdentity.IdFor(TieIdentity.Canonical(tie).ContentKey) };
        }

        private static PartialDate Date(IReadOnlyDictionary<string, object?> input, string dateName, string precisionName, string root)
        {
            var date = input.GetValueOrDefault(dateName) as PartialDate?;
            if (input.GetValueOrDefault(precisionName) is not DatePrecision precision)
            {
                return date ?? PartialDate.Unknown;
            }

            if (PartialDate.TryParse(date?.ToIsoString(), precision, out var checkedDate, out var error))
            {
                return checkedDate;
            }

            throw new GraphRuleException(new RuleViolation(ViolationCodes.InvalidDate, $"{root}.{dateName}", error));
        }
    }
}
