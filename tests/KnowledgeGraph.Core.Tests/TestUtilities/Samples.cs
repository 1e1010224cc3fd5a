using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Tests.TestUtilities;

/// <summary>A tiny graph to test rules with: two factions, one person, one article that quotes them.</summary>
internal static class Samples
{
    public const string ArticleText = "Abu Fadak, the chief of staff of the PMF, met Kataib Hezbollah leaders in Baghdad. Kataib Hezbollah attacked Ain al-Asad.";

    public static Article Article { get; } = new() { Id = "report", Title = "A report", Text = ArticleText };

    public static Actor Person { get; } = new() { Id = "abu-fadak", Kind = ActorKind.Person, Name = "Abu Fadak", Aliases = ["Abu Fadak"] };

    public static Actor Faction { get; } = new() { Id = "kataib-hezbollah", Kind = ActorKind.Faction, Name = "Kataib Hezbollah", Aliases = ["Kataib Hezbollah", "KH"] };

    public static Actor Pmf { get; } = new() { Id = "pmf", Kind = ActorKind.Government, Name = "Popular Mobilization Forces", Aliases = ["PMF"] };

    public static Tie Tie(TieType type = TieType.Attacked, string source = "kataib-hezbollah", string target = "pmf", string evidence = "Kataib Hezbollah attacked Ain al-Asad.") =>
        new() { Id = "t-1", Type = type, Source = source, Target = target, Article = "report", Evidence = evidence, Date = PartialDate.OfMonth(2023, 11) };
}
