using System.Text;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Validation.Rules.Merging;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Comparing two fields that share a response name.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>Why two fields sharing a response name cannot merge, their sub-fields included, or null when they can.</summary>
    private MergeConflict? FindConflict(
        bool parentFieldsAreMutuallyExclusive,
        string responseName,
        FieldDetails field1,
        FieldDetails field2)
    {
        // Fields of two different object types never apply to one value, so they may differ in name and
        // arguments. Interfaces and unions might overlap, now or in a later version of the schema.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType)
                && field1.ParentType is GraphQLObjectType
                && field2.ParentType is GraphQLObjectType);

        // Charged even for pairs the exclusivity lets through.
        SpendComplexityBudget(2);
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
        {
            return null;
        }

        if (!areMutuallyExclusive && NameOrArgumentsDiffer(field1, field2) is { } reason)
        {
            return new MergeConflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            var info1 = InfoOf(field1);
            var info2 = InfoOf(field2);
            var typeString1 = info1.TypeString ??= type1.ToString()!;
            var typeString2 = info2.TypeString ??= type2.ToString()!;
            return new MergeConflict(
                responseName,
                $"they return conflicting types \"{typeString1}\" and \"{typeString2}\"",
                [node1],
                [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var conflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                InfoOf(field1).NamedType,
                selectionSet1,
                InfoOf(field2).NamedType,
                selectionSet2);
            return SubfieldConflicts(conflicts, responseName, node1, node2);
        }

        return null;
    }

    private FieldComparisonInfo InfoOf(FieldDetails field) =>
        field.Info ??= new FieldComparisonInfo(_nextInfoId++, field.Definition?.Type.GetNamedType(), field.Node.Arguments);

    /// <summary>
    /// Whether two types could not both describe one value. Composite types are left to the comparison
    /// of sub-fields; list and non-null wrappers must match; leaf types must be the same.
    /// </summary>
    private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (ReferenceEquals(type1, type2))
        {
            return false;
        }

        SpendComplexityBudget(1);
        return (type1, type2) switch
        {
            (GraphQLList list1, GraphQLList list2) => DoTypesConflict(list1.OfType, list2.OfType),
            (GraphQLList, _) or (_, GraphQLList) => true,
            (GraphQLNonNull nonNull1, GraphQLNonNull nonNull2) => DoTypesConflict(nonNull1.OfType, nonNull2.OfType),
            (GraphQLNonNull, _) or (_, GraphQLNonNull) => true,
            _ => type1.IsLeafType() || type2.IsLeafType(),
        };
    }

    /// <summary>The conflicts found between two fields' sub-fields, folded into one conflict of the two fields.</summary>
    private static MergeConflict? SubfieldConflicts(List<MergeConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0)
        {
            return null;
        }

        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            message.Append(message.Length == 0 ? string.Empty : " and ")
                .Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName))
                .Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength)
            {
                break;
            }
        }

        return new MergeConflict(
            responseName,
            MaybeAbbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, static conflict => conflict.Fields1),
            ConflictNodes(node2, conflicts, static conflict => conflict.Fields2));
    }

    /// <summary>
    /// The enclosing field, then the fields of each sub-conflict on one side, at most
    /// <see cref="MaxConflictNodes"/>: when cut short, the deeper fields are kept.
    /// </summary>
    private static List<FieldNode> ConflictNodes(FieldNode node, List<MergeConflict> conflicts, Func<MergeConflict, List<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var fields = side(conflict);
            var remaining = MaxConflictNodes - nodes.Count;
            for (var i = Math.Max(0, fields.Count - remaining); i < fields.Count; i++)
            {
                nodes.Add(fields[i]);
            }

            if (nodes.Count == MaxConflictNodes)
            {
                break;
            }
        }

        return nodes;
    }
}
