using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;
using KnowledgeGraph.GraphQL.Validation;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation;

public sealed class DocumentValidatorTests
{
    [Fact]
    public void Finds_nothing_wrong_with_the_introspection_query() =>
        AssertErrors([], Validate(IntrospectionQuery.Build(new IntrospectionQueryOptions { InputValueDeprecation = true, OneOf = true })));

    [Fact]
    public void Reports_errors_of_all_rules_in_the_order_the_walk_finds_them() => AssertErrors(
        [
            Error("Cannot query field \"nam\" on type \"Dog\". Did you mean \"name\"?", (1, 36)),
            Error("Unknown argument \"dogCommand\" on field \"Dog.isHouseTrained\".", (1, 55)),
            Error("Int cannot represent non-integer value: \"one\"", (1, 88)),
            Error("Unknown fragment \"Missing\".", (1, 98)),

            // Found on leaving the operation, once its variable usages are known.
            Error("Variable \"$unused\" is never used in operation \"Q\".", (1, 9)),
        ],
        Validate("query Q($unused: Int) { dog { name nam isHouseTrained(dogCommand: SIT) isAtLocation(x: \"one\") ...Missing } }"));

    [Fact]
    public void Stops_at_the_error_limit_with_graphql_js_message() => AssertErrors(
        [
            Error("Cannot query field \"a\" on type \"QueryRoot\".", (1, 3)),
            Error("Cannot query field \"b\" on type \"QueryRoot\".", (1, 5)),
            Error("Too many validation errors, error limit reached. Validation aborted."),
        ],
        Validate("{ a b c d }", options: new ValidationOptions { MaxErrors = 2 }));

    [Fact]
    public void Allows_one_hundred_errors_by_default() =>
        Assert.Equal(101, Validate("{ " + string.Join(' ', Enumerable.Range(0, 150).Select(i => "f" + i)) + " }").Count);

    [Fact]
    public void Hides_suggestions_of_every_rule_when_asked_to() => AssertErrors(
        [
            Error("Unknown type \"Strin\".", (1, 12)),
            Error("Cannot query field \"nam\" on type \"Dog\".", (1, 27)),
            Error("Value \"SITT\" does not exist in \"DogCommand\" enum.", (1, 59)),
            Error("Unknown argument \"atOtherHome\" on field \"Dog.isHouseTrained\".", (1, 80)),
            Error("Variable \"$a\" is never used.", (1, 8)),
        ],
        Validate(
            "query ($a: Strin) { dog { nam doesKnowCommand(dogCommand: SITT) isHouseTrained(atOtherHome: true) } }",
            options: new ValidationOptions { HideSuggestions = true }));

    [Fact]
    public void Leaves_descriptions_of_executable_definitions_out_of_validation() =>
        AssertErrors([], Validate("\"An operation.\" query Q(\"A variable.\" $a: Int = 1) { dog { isAtLocation(x: $a) } }"));

    [Fact]
    public void Stops_with_validation_aborted_when_the_fragment_graph_is_too_costly() =>
        AssertErrors([Error("Validation aborted.")], Validate(DenseFragments(330)));

    [Fact]
    public void Refuses_an_invalid_schema_as_graphql_js_does()
    {
        var schema = new GraphQLSchema(query: null);

        var refusal = Assert.Throws<SchemaValidationException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a }")));

        Assert.Contains(refusal.Errors, error => error.Message == "Query root type must be provided.");
    }

    [Fact]
    public void Runs_custom_rules_alongside_the_specified_ones()
    {
        ValidationRule noDogs = context => new ForbiddenField(context, "dog");

        var errors = Validate("{ dog { name } cat { nam } }", [.. SpecifiedRules.All, noDogs]);

        AssertErrors(
            [
                Error("Field \"dog\" is not allowed here.", (1, 3)),
                Error("Cannot query field \"nam\" on type \"Cat\". Did you mean \"name\"?", (1, 22)),
            ],
            errors);
    }

    [Fact]
    public void Keeps_a_rule_out_of_a_subtree_it_skips_and_out_of_everything_after_it_breaks()
    {
        var skipping = new RecordingRule(skipKind: NodeKind.SelectionSet, breakKind: null);
        var breaking = new RecordingRule(skipKind: null, breakKind: NodeKind.Field);
        var watching = new RecordingRule(skipKind: null, breakKind: null);

        Validate("{ dog { name } }", [_ => skipping, _ => breaking, _ => watching]);

        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "leave OperationDefinition", "leave Document"], skipping.Seen);
        Assert.Equal(["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field"], breaking.Seen);
        Assert.Equal(8, watching.Seen.Count(entry => entry.StartsWith("enter", StringComparison.Ordinal)));
    }

    [Fact]
    public void Gives_the_same_answers_when_validating_in_parallel()
    {
        var document = Parser.Parse("query ($v: Int) { dog { nam ...F } } fragment F on Dog { barks: name }");
        var expected = DocumentValidator.Validate(TestSchemasHarness, document).Select(Describe).ToArray();

        var results = Enumerable.Range(0, 64).AsParallel()
            .Select(_ => DocumentValidator.Validate(TestSchemasHarness, document).Select(Describe).ToArray())
            .ToArray();

        Assert.All(results, result => Assert.Equal(expected, result));
    }

    private static GraphQLSchema TestSchemasHarness => Harness.TestSchemas.Harness;

    private static string DenseFragments(int count)
    {
        var text = new System.Text.StringBuilder("{ dog { ...F").Append(count - 1).Append(" } }\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Dog { name");
            for (var j = 0; j < i; j++)
            {
                text.Append(" ...F").Append(j);
            }

            text.Append(" }\n");
        }

        return text.ToString();
    }

    private sealed class ForbiddenField(ValidationContext context, string name) : ASTVisitor
    {
        protected override VisitorAction EnterField(FieldNode node, VisitorContext visit)
        {
            if (node.Name.Value == name)
            {
                context.ReportError(new GraphQLError($"Field \"{name}\" is not allowed here.", node));
            }

            return VisitorAction.Continue;
        }
    }

    private sealed class RecordingRule(NodeKind? skipKind, NodeKind? breakKind) : ASTVisitor
    {
        public List<string> Seen { get; } = [];

        public override VisitorAction Enter(INode node, VisitorContext context)
        {
            Seen.Add("enter " + node.Kind);
            return node.Kind == skipKind ? VisitorAction.Skip : node.Kind == breakKind ? VisitorAction.Break : VisitorAction.Continue;
        }

        public override VisitorAction Leave(INode node, VisitorContext context)
        {
            Seen.Add("leave " + node.Kind);
            return VisitorAction.Continue;
        }
    }
}
