using System.Text;
using KnowledgeGraph.GraphQL.Errors;

namespace KnowledgeGraph.Api.GraphQL.Paging;

/// <summary>
/// Opaque cursors: the key of an item in its list, base64-encoded so clients do not build them. Each names the list
/// that issued it, since keys of different lists look alike (a tie id reads as an article position) and a key is a
/// position only in the order it was taken from.
/// </summary>
internal static class Cursor
{
    /// <summary>The actor list by normalised name: a listing, or a search ordered by name.</summary>
    public const string ActorsByName = "actors";

    /// <summary>An actor search ordered by relevance, whose keys start with the match's rank.</summary>
    public const string ActorsByRelevance = "actors by relevance";

    /// <summary>The ties of an actor or an article, keyed by tie id.</summary>
    public const string Ties = "ties";

    /// <summary>The articles, keyed by article id.</summary>
    public const string Articles = "articles";

    private const string Prefix = "kg1:";

    public static string Encode(string list, string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Prefix}{list}:{key}"));

    /// <summary>The key of <paramref name="cursor"/>, which <paramref name="list"/> must have issued.</summary>
    public static string Decode(string cursor, string list, string argument)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
        }
        catch (FormatException)
        {
            throw NotIssued(argument);
        }

        var separator = text.IndexOf(':', Prefix.Length);
        if (!text.StartsWith(Prefix, StringComparison.Ordinal) || separator < 0)
        {
            throw NotIssued(argument);
        }

        var issuer = text[Prefix.Length..separator];
        if (issuer != list)
        {
            throw new GraphQLError(
                $"Argument \"{argument}\" is a cursor from another list ({issuer}); pass a cursor this list ({list}) returned.",
                null,
                extensions: Codes.BadUserInput);
        }

        return text[(separator + 1)..];
    }

    /// <summary>The error for a cursor this API cannot have issued.</summary>
    public static GraphQLError NotIssued(string argument) =>
        new($"Argument \"{argument}\" is not a cursor this API issued.", null, extensions: Codes.BadUserInput);
}
