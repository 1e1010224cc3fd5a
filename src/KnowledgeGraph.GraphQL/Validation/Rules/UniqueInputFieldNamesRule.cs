using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// An input object value must not give the same field twice.
/// See <see href="https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness">Input Object Field Uniqueness</see>.
/// </summary>
/// <remarks>
/// Checked field by field, as graphql-js does, so the errors interleave with those of nested values.
/// Short objects are checked by looking back at the earlier fields; long ones keep a table.
/// </remarks>
internal sealed class UniqueInputFieldNamesRule(ValidationContext context) : ASTVisitor
{
    private const int ShortObject = 16;

    private readonly Stack<Dictionary<string, NameNode>?> _knownNames = new();

    protected override VisitorAction EnterObjectValue(ObjectValueNode node, VisitorContext visit)
    {
        _knownNames.Push(node.Fields.Count > ShortObject ? new Dictionary<string, NameNode>(StringComparer.Ordinal) : null);
        return VisitorAction.Continue;
    }

    protected override VisitorAction LeaveObjectValue(ObjectValueNode node, VisitorContext visit)
    {
        _knownNames.Pop();
        return VisitorAction.Continue;
    }

    protected override VisitorAction EnterObjectField(ObjectFieldNode node, VisitorContext visit)
    {
        var name = node.Name;
        var first = _knownNames.Peek() is { } known
            ? FirstInTable(known, name)
            : FirstAmongEarlierFields(((ObjectValueNode)visit.Parent!).Fields, node);
        if (first is not null)
        {
            context.ReportError(new GraphQLError($"There can be only one input field named \"{name.Value}\".", [first, name]));
        }

        return VisitorAction.Continue;
    }

    private static NameNode? FirstInTable(Dictionary<string, NameNode> known, NameNode name)
    {
        if (known.TryGetValue(name.Value, out var first))
        {
            return first;
        }

        known[name.Value] = name;
        return null;
    }

    private static NameNode? FirstAmongEarlierFields(IReadOnlyList<ObjectFieldNode> fields, ObjectFieldNode field)
    {
        foreach (var earlier in fields)
        {
            if (ReferenceEquals(earlier, field))
            {
                return null;
            }

            if (string.Equals(earlier.Name.Value, field.Name.Value, StringComparison.Ordinal))
            {
                return earlier.Name;
            }
        }

        return null;
    }
}
