namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SpecificationExamples
{
    // 5.1 Documents and 5.2 Operations.
    private static IEnumerable<ConformanceCase> Operations() =>
    [
        .. Example("5.1.1 invalid", "type extension in a request", """
            query getDogName {
              dog {
                name
                color
              }
            }

            extend type Dog {
              color: String
            }
            """),
        .. Example("5.1.1 invalid", "schema definition in a request", "schema { query: Query }\n{ dog { name } }"),
        .. Example("5.2.1.1 valid", "operations with unique names", """
            query getDogName {
              dog {
                name
              }
            }

            query getOwnerName {
              dog {
                owner {
                  name
                }
              }
            }
            """),
        .. Example("5.2.1.1 invalid", "two queries named getName", """
            query getName {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """),
        .. Example("5.2.1.1 invalid", "a query and a mutation named dogOperation", """
            query dogOperation {
              dog {
                name
              }
            }

            mutation dogOperation {
              mutateDog {
                id
              }
            }
            """),
        .. Example("5.2.2.1 valid", "one anonymous operation", "{\n  dog {\n    name\n  }\n}"),
        .. Example("5.2.2.1 invalid", "an anonymous operation with a named one", """
            {
              dog {
                name
              }
            }

            query getName {
              dog {
                owner {
                  name
                }
              }
            }
            """),
        .. Example("5.2.2.1 invalid", "two anonymous operations", "{ dog { name } }\n{ human { name } }"),
        .. Example("5.2.3.1 valid", "one subscription root field", """
            subscription sub {
              newMessage {
                body
                sender
              }
            }
            """),
        .. Example("5.2.3.1 valid", "one subscription root field through a fragment", """
            subscription sub {
              ...newMessageFields
            }

            fragment newMessageFields on Subscription {
              newMessage {
                body
                sender
              }
            }
            """),
        .. Example("5.2.3.1 invalid", "two subscription root fields", """
            subscription sub {
              newMessage {
                body
                sender
              }
              disallowedSecondRootField
            }
            """),
        .. Example("5.2.3.1 invalid", "two subscription root fields through a fragment", """
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
            """),
        .. Example("5.2.3.1 invalid", "introspection at the subscription root", """
            subscription sub {
              newMessage {
                body
                sender
              }
              __typename
            }
            """),
        .. Example("5.2.3.1 invalid", "only __typename at the subscription root", "subscription sub { __typename }"),
        .. Example("5.2.3.1 invalid", "an anonymous subscription with two fields", "subscription { newMessage { body } disallowedSecondRootField }"),
        .. Example("5.2.3.1 valid", "the same root field twice under one response name", "subscription sub { newMessage { body } newMessage { sender } }"),
        .. Example("5.2.3.1 invalid", "aliased root fields", "subscription sub { a: newMessage { body } b: newMessage { body } }"),
        .. Example("5.2 invalid", "a mutation on a schema whose mutation lacks the field", "mutation { mutateCat { id } }"),
        .. Example("5.2 valid", "a mutation", "mutation { mutateDog { id } }"),
    ];
}
