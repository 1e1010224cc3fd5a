using System.Diagnostics;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;
using static KnowledgeGraph.GraphQL.Tests.Execution.ExecutionHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

/// <summary>
/// Thousands of fields under one response name: graphql-js 16.15 charges every compared pair to a
/// complexity budget and aborts validation once it is spent, so these documents end, as there, with
/// <c>Validation aborted.</c>, and quickly, whatever the number of fields.
/// </summary>
/// <remarks>
/// The time bound is a guard against a return of the quadratic comparison (minutes at these sizes), not a speed
/// target: the work takes tens of milliseconds of CPU, and the bound leaves room for a loaded CI machine. Speed is
/// measured by the fuzz command (no document over 1 s).
/// </remarks>
public sealed class OverlappingFieldsScaleTests
{
    private static readonly TimeSpan QuadraticGuard = TimeSpan.FromSeconds(10);

    private static readonly GraphQLSchema Sample = Schema("type Query { f(x: Int): Int g: Int }");

    [Theory]
    [InlineData("a: f ", 5_000)]
    [InlineData("f ", 5_000)]
    [InlineData("a: f(x: 1) ", 5_000)]
    [InlineData("... on Query { a: f } ", 5_000)]
    [InlineData("a: f ", 100_000)]
    public void Aborts_like_graphql_js_without_comparing_every_pair(string selection, int count)
    {
        var document = Parser.Parse("{ " + string.Concat(Enumerable.Repeat(selection, count)) + "}");
        var clock = Stopwatch.StartNew();

        var errors = DocumentValidator.Validate(Sample, document);

        clock.Stop();
        Assert.Equal("Validation aborted.", Assert.Single(errors).Message);
        Assert.True(clock.Elapsed < QuadraticGuard, $"Validation took {clock.Elapsed.TotalMilliseconds:F0} ms.");
    }

    [Fact]
    public void Aborts_like_graphql_js_when_thousands_of_fields_conflict()
    {
        // Every other pair conflicts: each conflict is kept until the budget runs out, as in graphql-js.
        var document = Parser.Parse("{ " + string.Concat(Enumerable.Repeat("a: f a: g ", 2_500)) + "}");

        Assert.Equal("Validation aborted.", Assert.Single(DocumentValidator.Validate(Sample, document)).Message);
    }

    [Fact]
    public void Validates_5000_distinct_aliases_of_one_field_without_comparing_every_pair()
    {
        var document = Parser.Parse("{ " + string.Concat(Enumerable.Range(0, 5_000).Select(i => $"a{i}: f(x: {i}) ")) + "}");
        var clock = Stopwatch.StartNew();

        var errors = DocumentValidator.Validate(Sample, document);

        clock.Stop();
        Assert.Empty(errors);
        Assert.True(clock.Elapsed < QuadraticGuard, $"Validation took {clock.Elapsed.TotalMilliseconds:F0} ms.");
    }
}
