using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Rules;
using KnowledgeGraph.Core.Tests.TestUtilities;

namespace KnowledgeGraph.Core.Tests.Rules;

public sealed class GraphRulesTests
{
    [Fact]
    public void A_well_formed_tie_breaks_no_rule() => Assert.Empty(CheckTie(Samples.Tie()));

    [Fact]
    public void Leads_from_a_faction_is_refused_naming_the_source()
    {
        var violation = Assert.Single(CheckTie(Samples.Tie(TieType.Leads)));

        Assert.Equal(ViolationCodes.LeadsFromNonPerson, violation.Code);
        Assert.Equal("$.tie.source", violation.Path);
        Assert.Contains("is a FACTION", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Leads_from_a_person_is_accepted() =>
        Assert.Empty(CheckTie(Samples.Tie(TieType.Leads, "abu-fadak", "pmf", "Abu Fadak, the chief of staff of the PMF"), Samples.Person, Samples.Pmf));

    [Fact]
    public void A_tie_from_an_actor_to_itself_is_refused()
    {
        var violation = Assert.Single(CheckTie(Samples.Tie(target: "kataib-hezbollah"), Samples.Faction, Samples.Faction));

        Assert.Equal(ViolationCodes.SelfTie, violation.Code);
    }

    [Fact]
    public void Evidence_must_be_an_exact_substring_of_the_article()
    {
        var paraphrase = Samples.Tie(evidence: "Kataib Hezbollah attacked Ain al Asad.");

        var violation = Assert.Single(CheckTie(paraphrase));

        Assert.Equal(ViolationCodes.EvidenceNotInArticle, violation.Code);
        Assert.Equal("$.tie.evidence", violation.Path);
    }

    [Fact]
    public void Evidence_differing_only_in_case_is_not_exact() =>
        Assert.Contains(CheckTie(Samples.Tie(evidence: "kataib hezbollah attacked Ain al-Asad.")), v => v.Code == ViolationCodes.EvidenceNotInArticle);

    [Fact]
    public void Unknown_ends_and_articles_are_named()
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckTie(Samples.Tie(source: "nobody"), null, Samples.Pmf, null, "$.tie", violations);

        Assert.Contains(violations, v => v.Code == ViolationCodes.UnknownActor && v.Path == "$.tie.source" && v.Message.Contains("\"nobody\"", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Code == ViolationCodes.UnknownArticle && v.Path == "$.tie.article");
    }

    [Fact]
    public void Over_long_fields_are_refused_with_their_length()
    {
        var tie = Samples.Tie() with { Location = new string('x', FieldLimits.Location + 1) };

        var violation = Assert.Single(CheckTie(tie));

        Assert.Equal(ViolationCodes.TooLong, violation.Code);
        Assert.Equal("$.tie.location", violation.Path);
        Assert.Contains($"the limit is {FieldLimits.Location}", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_actor_needs_a_slug_id_and_a_name()
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckActor(Samples.Faction with { Id = "Kataib Hezbollah", Name = " " }, "$.actor", violations);

        Assert.Contains(violations, v => v.Code == ViolationCodes.InvalidId && v.Path == "$.actor.id");
        Assert.Contains(violations, v => v.Code == ViolationCodes.Required && v.Path == "$.actor.name");
    }

    [Fact]
    public void Aliases_must_hold_a_letter_and_fit_the_limit()
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckActor(Samples.Faction with { Aliases = ["KH", "--", new string('k', FieldLimits.Alias + 1)] }, "$.actor", violations);

        Assert.Contains(violations, v => v.Path == "$.actor.aliases[1]" && v.Code == ViolationCodes.Invalid);
        Assert.Contains(violations, v => v.Path == "$.actor.aliases[2]" && v.Code == ViolationCodes.TooLong);
    }

    [Theory]
    [InlineData("Q42", true)]
    [InlineData("q42", false)]
    [InlineData("Q0", false)]
    [InlineData("https://www.wikidata.org/wiki/Q42", false)]
    public void Wikidata_ids_are_item_ids(string wikidata, bool valid)
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckActor(Samples.Faction with { Wikidata = wikidata }, "$.actor", violations);

        Assert.Equal(valid, violations.Count == 0);
    }

    [Fact]
    public void An_article_needs_its_text()
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckArticle(Samples.Article with { Text = "" }, "$.article", violations);

        Assert.Equal("$.article.text", Assert.Single(violations).Path);
    }

    [Fact]
    public void Evidence_that_is_half_of_a_character_of_the_article_is_refused()
    {
        // U+1F642 is two UTF-16 units; its first alone is found by an ordinal search but quotes nothing the article says.
        var article = Samples.Article with { Text = "Kataib Hezbollah attacked Ain al-Asad \U0001F642." };
        var violations = new List<RuleViolation>();

        GraphRules.CheckTie(Samples.Tie(evidence: "\uD83D"), Samples.Faction, Samples.Pmf, article, "$.tie", violations);

        Assert.Contains(violations, v => v.Path == "$.tie.evidence" && v.Code == ViolationCodes.Invalid && v.Message.Contains("half of a character", StringComparison.Ordinal));
    }

    [Fact]
    public void Names_aliases_and_article_text_must_be_whole_characters()
    {
        var violations = new List<RuleViolation>();

        GraphRules.CheckActor(Samples.Faction with { Name = "Kata\uDC00ib", Aliases = ["KH", "Kata\uD800ib"] }, "$.actor", violations);
        GraphRules.CheckArticle(Samples.Article with { Text = "Ends with half \uD83D" }, "$.article", violations);

        Assert.Contains(violations, v => v.Path == "$.actor.name" && v.Code == ViolationCodes.Invalid);
        Assert.Contains(violations, v => v.Path == "$.actor.aliases[1]" && v.Code == ViolationCodes.Invalid);
        Assert.Contains(violations, v => v.Path == "$.article.text" && v.Code == ViolationCodes.Invalid);
        Assert.Equal(3, violations.Count);
    }

    [Theory]
    [InlineData("Kataib Hezbollah attacked Ain al-Asad.", "Kataib  Hezbollah attacked\nAin al-Asad.", "whitespace")]
    [InlineData("Kataib Hezbollah attacked Ain al-Asad.", "KATAIB Hezbollah attacked Ain al-Asad.", "letter case")]
    [InlineData("Kata\u00EFb Hezbollah attacked Ain al-Asad.", "Katai\u0308b Hezbollah attacked Ain al-Asad.", "Unicode normalisation")]
    public void Evidence_that_differs_only_in_form_is_refused_saying_how(string text, string evidence, string difference)
    {
        var violations = new List<RuleViolation>();

        GraphRules.CheckTie(Samples.Tie(evidence: evidence), Samples.Faction, Samples.Pmf, Samples.Article with { Text = text }, "$.tie", violations);

        var violation = Assert.Single(violations);
        Assert.Equal(ViolationCodes.EvidenceNotInArticle, violation.Code);
        Assert.Contains(difference, violation.Message, StringComparison.Ordinal);
    }

    private static List<RuleViolation> CheckTie(Tie tie, Actor? source = null, Actor? target = null)
    {
        var violations = new List<RuleViolation>();
        GraphRules.CheckTie(tie, source ?? Samples.Faction, target ?? (tie.Target == Samples.Faction.Id ? Samples.Faction : Samples.Pmf), Samples.Article, "$.tie", violations);
        return violations;
    }
}
