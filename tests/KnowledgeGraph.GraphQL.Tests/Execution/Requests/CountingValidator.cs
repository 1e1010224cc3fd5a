using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Execution;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Execution.Requests;

/// <summary>A validator for pipeline tests: refuses documents containing a marker field, counts its calls.</summary>
internal sealed class CountingValidator(string? refusedField = null) : IDocumentValidator
{
    public int Calls { get; private set; }

    public IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, DocumentNode document)
    {
        Calls++;
        var refused = refusedField is null
            ? null
            : document.Definitions.OfType<OperationDefinitionNode>()
                .SelectMany(o => o.SelectionSet.Selections.OfType<FieldNode>())
                .FirstOrDefault(f => f.Name.Value == refusedField);
        return refused is null ? [] : [new GraphQLError($"Cannot query field \"{refusedField}\" on type \"Query\".", refused)];
    }
}
