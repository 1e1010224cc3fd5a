using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Validates a parsed document against a schema before it runs (graphql-js's <c>validate</c> with the
/// specified rules). <see cref="GraphQLRequestExecutor"/> requires one: executing unvalidated documents
/// is not a safe default.
/// </summary>
public interface IDocumentValidator
{
    /// <summary>The document's validation errors; empty when it may be executed.</summary>
    IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document);
}
