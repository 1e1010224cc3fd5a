using System.Text;
using KnowledgeGraph.GraphQL.Validation.Rules.Merging;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>Comparing the names and arguments of two fields that share a response name.</summary>
internal sealed partial class OverlappingFieldsCanBeMergedRule
{
    /// <summary>
    /// Two aliases of one response name must select the same field with the same arguments. graphql-js
    /// remembers each (field, other field) comparison, so a pair compared again is not charged to the
    /// complexity budget again; only comparisons of arguments are charged, so only those pairs are
    /// remembered here, and fields whose argument texts are equal skip the comparison, charged as it would be.
    /// </summary>
    private string? NameOrArgumentsDiffer(FieldDetails field1, FieldDetails field2)
    {
        var name1 = field1.Node.Name.Value;
        var name2 = field2.Node.Name.Value;
        if (name1 != name2)
        {
            return DifferentFieldsReason(name1, name2);
        }

        var info1 = InfoOf(field1);
        var info2 = InfoOf(field2);
        var charge = _comparedArguments.Add((info1.Id, info2.Id));
        var key1 = ArgumentsKey(info1);
        if (key1 is not null && string.Equals(key1, ArgumentsKey(info2), StringComparison.Ordinal))
        {
            if (charge && info1.Arguments.Count > 0)
            {
                SpendComplexityBudget(info1.Arguments.Count);
            }

            return null;
        }

        return SameArguments(info1, info2, charge) ? null : "they have differing arguments";
    }

    private string DifferentFieldsReason(string name1, string name2)
    {
        if (!_differentFieldsReasons.TryGetValue((name1, name2), out var reason))
        {
            reason = $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields";
            _differentFieldsReasons[(name1, name2)] = reason;
        }

        return reason;
    }

    private string? ArgumentsKey(FieldComparisonInfo info)
    {
        if (info.HasArgumentsKey)
        {
            return info.ArgumentsKey;
        }

        info.HasArgumentsKey = true;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var key = new StringBuilder();
        foreach (var argument in info.Arguments)
        {
            if (!names.Add(argument.Name.Value))
            {
                return null;
            }

            var value = StringifyValue(argument.Value);
            key.Append(argument.Name.Value).Append(':').Append(value.Length).Append(':').Append(value).Append(';');
        }

        return info.ArgumentsKey = key.ToString();
    }

    private bool SameArguments(FieldComparisonInfo info1, FieldComparisonInfo info2, bool charge)
    {
        var arguments1 = info1.Arguments;
        if (arguments1.Count != info2.Arguments.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            // One field's arguments take part in many comparisons.
            if (charge)
            {
                SpendComplexityBudget(1);
            }

            if (info2.ArgumentValue(argument1.Name.Value) is not { } value2
                || StringifyValue(argument1.Value) != StringifyValue(value2))
            {
                return false;
            }
        }

        return true;
    }
}
