using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class SpecifiedRulesValidatorTests
{
    private static readonly Dictionary<string, object?> Root = new() { ["dog"] = new Dictionary<string, object?> { ["name"] = "Rex" } };

    [Fact]
    public async Task Lets_the_pipeline_run_a_valid_request()
    {
        var pipeline = new GraphQLRequestExecutor(Harness.TestSchemas.Harness, new SpecifiedRulesValidator());

        var result = await pipeline.ExecuteAsync(new GraphQLRequest { Query = "{ dog { name } }", RootValue = Root });

        Assert.Null(result.Errors);
        Assert.True(result.HasData);
    }

    [Fact]
    public async Task Refuses_an_invalid_request_with_graphql_js_errors_and_no_data()
    {
        var pipeline = new GraphQLRequestExecutor(Harness.TestSchemas.Harness, new SpecifiedRulesValidator());

        var result = await pipeline.ExecuteAsync(new GraphQLRequest { Query = "{ dog { nam } }", RootValue = Root });

        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", error.Message);
        Assert.Equal(new SourceLocation(1, 9), Assert.Single(error.Locations!));
    }

    [Fact]
    public void Applies_its_options_and_the_host_rules_after_the_specified_ones()
    {
        ValidationRule noNames = context => new NoNamesRule(context);
        var validator = new SpecifiedRulesValidator(new ValidationOptions { HideSuggestions = true }, [noNames]);

        var errors = validator.Validate(Harness.TestSchemas.Harness, Parser.Parse("{ dog { nam name } }"));

        Assert.Equal(
            ["Cannot query field \"nam\" on type \"Dog\".", "Names are not for sale."],
            errors.Select(error => error.Message));
    }

    private sealed class NoNamesRule(ValidationContext context) : ASTVisitor
    {
        protected override VisitorAction EnterField(FieldNode node, VisitorContext visit)
        {
            if (node.Name.Value == "name")
            {
                context.ReportError(new GraphQLError("Names are not for sale.", node));
            }

            return VisitorAction.Continue;
        }
    }
}
