using System.Text;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>
/// Writes random executable documents for a schema from a fixed seed. Every other document is careful:
/// real fields with fitting arguments, fragments made where they are spread, no variables, so it is
/// valid or nearly. The others take chances at every step to go wrong in the ways validation rules
/// look for: unknown names, wrong value kinds, missing or repeated arguments, colliding aliases,
/// undefined or unused variables and fragments, misplaced directives, fragment cycles.
/// </summary>
public sealed partial class SchemaDocumentGenerator(GraphQLSchema schema, int seed)
{
    private static readonly string[] WrongNames = ["unknown", "nam", "Name", "barks", "id", "__type", "__schema", "price", "edges"];
    private static readonly string[] VariableNames = ["a", "b", "id", "flag", "input", "n"];
    private static readonly string[] FragmentNames = ["F1", "F2", "F3", "Frag"];

    private readonly Random _random = new(seed);
    private readonly StringBuilder _text = new();
    private readonly List<string> _definedVariables = [];
    private readonly List<(string Name, string TypeCondition)> _fragments = [];
    private readonly Queue<(string Name, GraphQLNamedType Type)> _fragmentsToWrite = new();
    private bool _careful;
    private int _carefulFragmentCount;
    private int _indent;

    /// <summary>A new document: one to three operations and up to three fragments, in random order.</summary>
    public string NextDocument()
    {
        _text.Clear();
        _fragments.Clear();
        _careful = !_careful;
        _carefulFragmentCount = 0;
        if (_careful)
        {
            Operation();
            while (_fragmentsToWrite.TryDequeue(out var fragment))
            {
                _text.Append('\n');
                Fragment(fragment.Name, fragment.Type.Name);
            }

            return _text.Append('\n').ToString();
        }

        var fragmentCount = _random.Next(4);
        for (var i = 0; i < fragmentCount; i++)
        {
            _fragments.Add((Chance(6) ? Pick(FragmentNames) : FragmentNames[i], FragmentTypeCondition()));
        }

        var definitions = new List<Action>();
        var operationCount = 1 + (Chance(3) ? _random.Next(1, 3) : 0);
        for (var i = 0; i < operationCount; i++)
        {
            definitions.Add(Operation);
        }

        foreach (var fragment in _fragments)
        {
            definitions.Add(() => Fragment(fragment.Name, fragment.TypeCondition));
        }

        Shuffle(definitions);
        foreach (var definition in definitions)
        {
            definition();
            _text.Append('\n');
        }

        return _text.ToString();
    }

    private void Operation()
    {
        _definedVariables.Clear();
        var (keyword, root) = PickOperationType();
        if (keyword == "query" && Chance(6))
        {
            SelectionSet(root!, depth: 0);
            return;
        }

        _text.Append(keyword);
        if (_careful || !Chance(4))
        {
            _text.Append(' ').Append(Mistake(5) ? "Op" : "Op" + _random.Next(3));
        }

        VariableDefinitions();
        Directives();
        _text.Append(' ');
        SelectionSet(root ?? (GraphQLNamedType)schema.QueryType!, depth: 0);
    }

    private (string Keyword, GraphQLObjectType? Root) PickOperationType() => _random.Next(8) switch
    {
        0 or 1 when schema.MutationType is not null => ("mutation", schema.MutationType),
        2 or 3 when schema.SubscriptionType is not null => ("subscription", schema.SubscriptionType),
        4 when !_careful => (Chance(3) ? "mutation" : "subscription", null),
        _ => ("query", schema.QueryType),
    };

    private void Fragment(string name, string typeCondition)
    {
        _definedVariables.Clear();
        if (!_careful)
        {
            _definedVariables.AddRange(VariableNames);
        }

        _text.Append("fragment ").Append(name).Append(" on ").Append(typeCondition);
        if (!_careful)
        {
            Directives();
        }

        _text.Append(' ');
        SelectionSet(schema.GetType(typeCondition) ?? schema.QueryType!, depth: 1);
    }

    private string FragmentTypeCondition() => _random.Next(10) switch
    {
        0 => "Unknown",
        1 => Pick(InputOrLeafTypes()),
        _ => Pick(CompositeTypes()).Name,
    };

    private void VariableDefinitions()
    {
        var count = _careful || Chance(2) ? 0 : _random.Next(1, 4);
        if (count == 0)
        {
            return;
        }

        _text.Append('(');
        for (var i = 0; i < count; i++)
        {
            var name = Pick(VariableNames);
            _definedVariables.Add(name);
            var type = VariableType();
            _text.Append(i == 0 ? string.Empty : ", ").Append('$').Append(name).Append(": ").Append(type.Text);
            if (type.Type is not null && Chance(4))
            {
                _text.Append(" = ");
                Value(type.Type, depth: 0, isConst: !Chance(10));
            }

            if (Chance(12))
            {
                _text.Append(" @").Append(Chance(2) ? "auth(role: \"x\")" : "skip(if: true)");
            }
        }

        _text.Append(')');
    }

    private (string Text, GraphQLType? Type) VariableType()
    {
        if (Chance(10))
        {
            return (Chance(2) ? "Unknown" : Pick(CompositeTypes()).Name, null);
        }

        GraphQLType type = Pick(InputTypes());
        if (Chance(4))
        {
            type = new GraphQLList(Chance(2) ? new GraphQLNonNull(type) : type);
        }

        if (Chance(3))
        {
            type = new GraphQLNonNull(type);
        }

        return (type.ToString()!, type);
    }

    private bool Chance(int oneIn) => _random.Next(oneIn) == 0;

    // A deliberate mistake: never in a careful document.
    private bool Mistake(int oneIn) => !_careful && Chance(oneIn);

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private void Shuffle<T>(List<T> items)
    {
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private void NewLine() => _text.Append('\n').Append(' ', _indent * 2);
}
