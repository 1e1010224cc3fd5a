using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Validates requests with every rule of the specification before they run.</summary>
internal sealed class SpecifiedRulesValidator : IDocumentValidator
{
    public IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) => DocumentValidator.Validate(schema, document);
}
