namespace KnowledgeGraph.GraphQL.Language;

/// <summary>An operation or fragment definition.</summary>
public interface IExecutableDefinitionNode : IDefinitionNode, IHasDirectivesNode
{
    /// <summary>The name; null only for anonymous operations.</summary>
    NameNode? Name { get; }

    /// <summary>The variable definitions (for fragments, only legacy fragment variables).</summary>
    IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }

    /// <summary>The selections.</summary>
    SelectionSetNode SelectionSet { get; }
}
