using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;
using KnowledgeGraph.GraphQL.Validation.Rules;
using static KnowledgeGraph.GraphQL.Tests.Validation.Harness.ValidationHarness;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Rules;

public sealed class SingleFieldSubscriptionsRuleTests
{
    private static readonly ValidationRule Rule = context => new SingleFieldSubscriptionsRule(context);

    private static readonly GraphQLSchema Schema = Harness.TestSchemas.Build("""
        type Message { body: String sender: String }
        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
          newMessage: Message
        }
        type QueryRoot { dummy: String }
        schema { query: QueryRoot subscription: SubscriptionRoot }
        """);

    [Fact]
    public void Accepts_one_root_field_directly_through_fragments_and_aliased() => ExpectValid(Rule, """
        subscription ImportantEmails { importantEmails }
        subscription sub { ...newMessageFields }
        subscription aliased { messages: newMessage { body } ... on SubscriptionRoot { messages: newMessage { sender } } }
        fragment newMessageFields on SubscriptionRoot { newMessage { body sender } }
        """, Schema);

    [Fact]
    public void Points_at_every_selection_of_each_extra_response_name() => ExpectErrors(Rule, """
        subscription ImportantEmails {
          importantEmails
          notImportantEmails
          spamEmails
          notImportantEmails
        }
        """,
        Schema,
        Error("Subscription \"ImportantEmails\" must select only one top level field.", (3, 3), (5, 3), (4, 3)));

    [Fact]
    public void Collects_fields_through_fragments_and_inline_fragments() => ExpectErrors(Rule, """
        subscription NotImportantEmails {
          notImportantEmails
          deletedEmails
          ...NonImportantEmailsFragment
          ... on SubscriptionRoot { moreImportantEmails }
        }
        fragment NonImportantEmailsFragment on SubscriptionRoot { spamEmails }
        """,
        Schema,
        Error("Subscription \"NotImportantEmails\" must select only one top level field.", (3, 3), (7, 59), (5, 29)));

    [Fact]
    public void Words_the_error_for_an_anonymous_subscription() => ExpectErrors(Rule, "subscription { importantEmails notImportantEmails }",
        Schema,
        Error("Anonymous Subscription must select only one top level field.", (1, 32)));

    [Fact]
    public void Rejects_introspection_fields_at_the_root() => ExpectErrors(Rule, """
        subscription ImportantEmails { __typename }
        subscription { __typename importantEmails }
        """,
        Schema,
        Error("Subscription \"ImportantEmails\" must not select an introspection top level field.", (1, 32)),
        Error("Anonymous Subscription must select only one top level field.", (2, 27)),
        Error("Anonymous Subscription must not select an introspection top level field.", (2, 16)));

    [Fact]
    public void Leaves_out_selections_skipped_or_not_included_by_literal_conditions() => ExpectValid(Rule, """
        subscription S {
          importantEmails
          spamEmails @skip(if: true)
          deletedEmails @include(if: false)
          ... @skip(if: true) { newMessage { body } }
        }
        """, Schema);

    [Fact]
    public void Keeps_a_selection_whose_skip_condition_is_a_variable_as_the_specification_says() => ExpectErrors(Rule, """
        subscription S($skip: Boolean!) {
          importantEmails
          spamEmails @skip(if: $skip)
        }
        """,
        Schema,
        Error("Subscription \"S\" must select only one top level field.", (3, 3)));

    [Fact]
    public void Drops_a_selection_whose_include_condition_is_a_variable_as_the_specification_says() => ExpectValid(Rule, """
        subscription S($include: Boolean!) {
          importantEmails
          spamEmails @include(if: $include)
          deletedEmails @include
        }
        """, Schema);

    [Fact]
    public void Ignores_subscriptions_when_the_schema_has_no_subscription_type() => ExpectValid(Rule, "subscription { a b }");

    [Fact]
    public void Rejects_the_specifications_second_root_field_through_a_fragment() => ExpectErrors(
        Rule,
        """
        subscription sub {
          ...multipleSubscriptions
        }

        fragment multipleSubscriptions on Subscription {
          newMessage {
            body
            sender
          }
          disallowedSecondRootField
        }
        """,
        Harness.TestSchemas.Specification,
        Error("Subscription \"sub\" must select only one top level field.", (10, 3)));
}
