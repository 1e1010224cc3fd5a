using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// Finds the variables used in one operation or fragment definition and the type each position
/// expects, with a walk of its own (as graphql-js's <c>getVariableUsages</c> does), leaving variable
/// definitions out: a default value cannot use variables.
/// </summary>
internal sealed class VariableUsageCollector : ASTVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly List<VariableUsage> _usages = [];

    private VariableUsageCollector(TypeInfo typeInfo) => _typeInfo = typeInfo;

    /// <summary>The usages in <paramref name="definition"/>; <paramref name="typeInfo"/> must be fresh or back where a whole walk leaves it.</summary>
    public static IReadOnlyList<VariableUsage> Collect(TypeInfo typeInfo, IExecutableDefinitionNode definition)
    {
        var collector = new VariableUsageCollector(typeInfo);
        Visitor.Visit(definition, new TypeInfoVisitor(typeInfo, collector, skipsDescriptions: false));
        return collector._usages.Count == 0 ? [] : collector._usages;
    }

    protected override VisitorAction EnterVariableDefinition(VariableDefinitionNode node, VisitorContext context) =>
        VisitorAction.Skip;

    protected override VisitorAction EnterVariable(VariableNode node, VisitorContext context)
    {
        _usages.Add(new VariableUsage(
            node,
            _typeInfo.InputType,
            _typeInfo.HasDefaultValue,
            _typeInfo.DefaultValue,
            _typeInfo.ParentInputType));
        return VisitorAction.Continue;
    }
}
