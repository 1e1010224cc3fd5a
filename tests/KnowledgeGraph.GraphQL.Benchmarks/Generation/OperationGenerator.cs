using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>
/// Writes random requests that should pass validation against a schema, from a fixed seed: selections
/// up to <see cref="MaxDepth"/> levels deep with aliases, arguments (literals and variables, with
/// values), inline fragments on abstract types, named fragments and <c>@skip</c> / <c>@include</c>.
/// </summary>
internal sealed partial class OperationGenerator(GraphQLSchema schema, GenerationHints hints, int seed)
{
    /// <summary>How many levels of object fields a selection goes down.</summary>
    public const int MaxDepth = 4;

    private const int FieldBudget = 28;

    private readonly Random random = new(seed);
    private readonly List<GeneratedFragment> fragments = [];
    private GeneratedRequest request = new();
    private OperationModel operation = new("query");
    private int counter;
    private int fieldsLeft;

    /// <summary>The next request.</summary>
    public GeneratedRequest Next()
    {
        request = new GeneratedRequest { Variables = Chance(6) ? null : [] };
        fragments.Clear();
        fieldsLeft = FieldBudget;
        var rootType = schema.MutationType is { } mutationType && Chance(8) ? mutationType : schema.QueryType!;
        operation = new OperationModel(rootType == schema.MutationType ? "mutation" : "query");
        if (Chance(2))
        {
            operation.Name = "Op" + random.Next(100);
            if (Chance(2))
            {
                request.OperationName = operation.Name;
            }
        }

        request.Operations.Add(operation);
        AddSelections(operation.Selections, rootType, depth: 0, new MergeScope());
        if (request.Variables is null && operation.Variables.Count > 0 && Chance(2))
        {
            request.Variables = [];
        }

        return request;
    }

    private bool Chance(int oneIn) => random.Next(oneIn) == 0;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Fresh(string prefix) => prefix + ++counter;

    private void AddSelections(List<SelectionModel> selections, GraphQLNamedType type, int depth, MergeScope scope)
    {
        var wanted = random.Next(1, 5);
        for (var i = 0; i < wanted && fieldsLeft > 0; i++)
        {
            if (Chance(14) && depth < MaxDepth)
            {
                AddFragmentSpread(selections, type, depth, scope);
            }
            else if (Chance(type is GraphQLUnionType ? 4 : 16))
            {
                AddTypeName(selections, scope);
            }
            else if (type.IsAbstractType() && (type is GraphQLUnionType || Chance(3)))
            {
                AddInlineFragment(selections, Pick(schema.GetPossibleTypes(type)), depth, scope);
            }
            else
            {
                AddField(selections, (GraphQLImplementingType)type, depth, scope);
            }
        }

        if (selections.Count == 0)
        {
            AddTypeName(selections, scope);
        }
    }

    private void AddTypeName(List<SelectionModel> selections, MergeScope scope)
    {
        var field = new FieldModel("__typename");
        if (!scope.Allows("__typename", "__typename:String!"))
        {
            field.Alias = Fresh("t");
        }

        scope.Use(field.Alias ?? field.Name, "__typename:String!");
        selections.Add(field);
    }

    private void AddField(List<SelectionModel> selections, GraphQLImplementingType type, int depth, MergeScope scope)
    {
        var candidates = type.Fields.Values
            .Where(f => depth < MaxDepth || f.Type.GetNamedType().IsLeafType())
            .ToList();
        if (candidates.Count == 0)
        {
            AddTypeName(selections, scope);
            return;
        }

        var definition = Pick(candidates);
        var field = new FieldModel(definition.Name);
        fieldsLeft--;
        foreach (var argument in definition.Args)
        {
            if (argument.IsRequired() || Chance(2))
            {
                field.Arguments.Add(new ArgumentModel(argument.Name, ArgumentValue(argument.Type)));
            }
        }

        var namedType = definition.Type.GetNamedType();
        var signature = namedType.IsLeafType() ? $"{definition.Name}:{definition.Type}" : $"{definition.Name}:{definition.Type}#{++counter}";
        if (field.Arguments.Count > 0 || !scope.Allows(definition.Name, signature) || Chance(8))
        {
            field.Alias = Fresh("a");
        }

        scope.Use(field.Alias ?? field.Name, signature);
        MaybeAddCondition(field);
        if (!namedType.IsLeafType())
        {
            field.Selections = [];
            AddSelections(field.Selections, namedType, depth + 1, new MergeScope());
        }

        selections.Add(field);
    }

    private void AddInlineFragment(List<SelectionModel> selections, GraphQLObjectType possibleType, int depth, MergeScope scope)
    {
        var fragment = new InlineFragmentModel(possibleType.Name);
        MaybeAddCondition(fragment);
        AddSelections(fragment.Selections, possibleType, depth, scope);
        selections.Add(fragment);
    }

    private void AddFragmentSpread(List<SelectionModel> selections, GraphQLNamedType type, int depth, MergeScope scope)
    {
        var reusable = fragments.FirstOrDefault(f => f.Type == type && scope.Accepts(f.Entries));
        if (reusable is not null && Chance(2))
        {
            scope.UseAll(reusable.Entries);
            selections.Add(new FragmentSpreadModel(reusable.Model.Name));
            return;
        }

        var model = new FragmentModel(Fresh("F"), type.Name);
        scope.BeginRecording();
        AddSelections(model.Selections, type, depth, scope);
        fragments.Add(new GeneratedFragment(model, type, scope.EndRecording()));
        request.Fragments.Add(model);
        var spread = new FragmentSpreadModel(model.Name);
        MaybeAddCondition(spread);
        selections.Add(spread);
    }

    private void MaybeAddCondition(SelectionModel selection)
    {
        if (!Chance(10))
        {
            return;
        }

        var directive = new DirectiveModel(Chance(2) ? "include" : "skip");
        var value = Chance(2) ? (Chance(2) ? "true" : "false") : ArgumentValue(new GraphQLNonNull(SpecifiedScalars.Boolean));
        directive.Arguments.Add(new ArgumentModel("if", value));
        selection.Directives.Add(directive);
    }

    private sealed record GeneratedFragment(FragmentModel Model, GraphQLNamedType Type, IReadOnlyDictionary<string, string> Entries);
}
