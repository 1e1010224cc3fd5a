using System.Text.Json.Nodes;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>
/// Breaks a generated request in one meaningful way: a field removed or misspelt, a variable's type
/// changed, its definition or value dropped, a wrong argument literal, a conflicting alias, a missing or
/// needless sub-selection, an impossible fragment, a fragment cycle, a misplaced directive...
/// Each mutation says what it did, so a failing case is easy to read.
/// </summary>
internal sealed partial class RequestMutator(GraphQLSchema schema, int seed)
{
    private static readonly string[] WrongLiterals = ["\"oops\"", "123", "-7.5", "true", "null", "NOT_A_VALUE", "{}", "[1, 2]", "{unknown: 1}", "$undefinedVariable"];
    private static readonly JsonNode?[] WrongJson = ["oops", 123, 2.5, true, null, new JsonObject(), new JsonArray(1, 2), new JsonArray(new JsonArray("deep")), 1e300, -2147483649L];

    private readonly Random random = new(seed);

    /// <summary>Applies one applicable mutation and returns its name; the request is changed in place.</summary>
    public string Mutate(GeneratedRequest request)
    {
        var mutations = new Func<GeneratedRequest, string?>[]
        {
            RemoveField, RenameField, ChangeVariableType, DropVariableDefinition, DropVariableValue, WrongVariableValue,
            WrongArgumentLiteral, AddUnknownArgument, DropArgument, ConflictingAlias, StripSubselection, AddSubselectionToLeaf,
            ChangeFragmentCondition, MisplaceDirective, DuplicateOperation, DuplicateFragment, MakeFragmentCycle, UnknownOperationName,
        };
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (Pick(mutations)(request) is { } applied)
            {
                return applied;
            }
        }

        return RemoveField(request) ?? "unchanged";
    }

    private bool Chance(int oneIn) => random.Next(oneIn) == 0;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>Every selection list of the request with the fields in it.</summary>
    private static List<(List<SelectionModel> Parent, FieldModel Field)> Fields(GeneratedRequest request)
    {
        var found = new List<(List<SelectionModel>, FieldModel)>();
        void Walk(List<SelectionModel> selections)
        {
            foreach (var selection in selections)
            {
                switch (selection)
                {
                    case FieldModel field:
                        found.Add((selections, field));
                        if (field.Selections is not null)
                        {
                            Walk(field.Selections);
                        }

                        break;
                    case InlineFragmentModel inline:
                        Walk(inline.Selections);
                        break;
                }
            }
        }

        foreach (var operation in request.Operations)
        {
            Walk(operation.Selections);
        }

        foreach (var fragment in request.Fragments)
        {
            Walk(fragment.Selections);
        }

        return found;
    }

    private string? RemoveField(GeneratedRequest request)
    {
        var fields = Fields(request);
        if (fields.Count == 0)
        {
            return null;
        }

        var (parent, field) = Pick(fields);
        parent.Remove(field);
        return $"removed field {field.Name}";
    }

    private string? RenameField(GeneratedRequest request)
    {
        var fields = Fields(request).Where(f => f.Field.Name.Length > 2 && !f.Field.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var field = Pick(fields).Field;
        var old = field.Name;
        var at = random.Next(old.Length - 1);
        field.Name = Chance(2)
            ? string.Concat(old.AsSpan(0, at), old.AsSpan(at + 1))
            : string.Concat(old.AsSpan(0, at), old[at + 1].ToString(), old[at].ToString(), old.AsSpan(at + 2));
        return field.Name == old ? null : $"renamed field {old} to {field.Name}";
    }

    private string? ChangeVariableType(GeneratedRequest request)
    {
        var variables = request.Operations.SelectMany(o => o.Variables).ToList();
        if (variables.Count == 0)
        {
            return null;
        }

        var variable = Pick(variables);
        var old = variable.Type;
        var inputTypes = schema.TypeMap.Values.Where(t => t.IsInputType() && !t.Name.StartsWith("__", StringComparison.Ordinal)).Select(t => t.Name).ToList();
        variable.Type = random.Next(5) switch
        {
            0 => old.EndsWith('!') ? old[..^1] : old + "!",
            1 => "[" + old + "]",
            2 => Pick(inputTypes),
            3 => Pick(inputTypes) + "!",
            _ => Pick(schema.TypeMap.Values.Where(t => !t.IsInputType()).Select(t => t.Name).ToList()),
        };
        return variable.Type == old ? null : $"changed variable ${variable.Name} from {old} to {variable.Type}";
    }

    private string? DropVariableDefinition(GeneratedRequest request)
    {
        var operation = request.Operations.FirstOrDefault(o => o.Variables.Count > 0);
        if (operation is null)
        {
            return null;
        }

        var variable = Pick(operation.Variables);
        operation.Variables.Remove(variable);
        return $"dropped the definition of ${variable.Name}";
    }

    private string? DropVariableValue(GeneratedRequest request)
    {
        if (request.Variables is not { Count: > 0 } values)
        {
            return null;
        }

        var name = Pick(values.Select(v => v.Key).ToList());
        values.Remove(name);
        return $"dropped the value of ${name}";
    }

    private string? WrongVariableValue(GeneratedRequest request)
    {
        var variables = request.Operations.SelectMany(o => o.Variables).ToList();
        if (variables.Count == 0)
        {
            return null;
        }

        var variable = Pick(variables);
        request.Variables ??= [];
        var value = Pick(WrongJson);
        request.Variables[variable.Name] = value?.DeepClone();
        return $"set ${variable.Name} to {value?.ToJsonString() ?? "null"}";
    }
}
