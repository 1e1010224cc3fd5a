using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation;

namespace KnowledgeGraph.GraphQL.Benchmarks.Fuzzing;

/// <summary>The validator the request pipeline runs: every specified rule, as the host wires it.</summary>
internal sealed class PipelineValidator : IDocumentValidator
{
    public IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document) => DocumentValidator.Validate(schema, document);
}
