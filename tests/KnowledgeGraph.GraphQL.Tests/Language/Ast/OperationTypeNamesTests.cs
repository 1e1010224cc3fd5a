using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Tests.Language.Ast;

public sealed class OperationTypeNamesTests
{
    [Theory]
    [InlineData(OperationType.Query, "query")]
    [InlineData(OperationType.Mutation, "mutation")]
    [InlineData(OperationType.Subscription, "subscription")]
    public void Names_each_operation_type_by_its_keyword(OperationType operation, string keyword)
    {
        Assert.Equal(keyword, operation.ToKeyword());
    }
}
