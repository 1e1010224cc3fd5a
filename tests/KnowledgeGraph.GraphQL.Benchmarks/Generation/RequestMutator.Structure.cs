namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

internal sealed partial class RequestMutator
{
    private string? WrongArgumentLiteral(GeneratedRequest request)
    {
        var arguments = Fields(request).SelectMany(f => f.Field.Arguments).ToList();
        if (arguments.Count == 0)
        {
            return null;
        }

        var argument = Pick(arguments);
        var old = argument.Value;
        argument.Value = Pick(WrongLiterals);
        return argument.Value == old ? null : $"set argument {argument.Name} to {argument.Value}";
    }

    private string? AddUnknownArgument(GeneratedRequest request)
    {
        var fields = Fields(request);
        if (fields.Count == 0)
        {
            return null;
        }

        var field = Pick(fields).Field;
        var name = field.Arguments.Count > 0 && Chance(2) ? field.Arguments[0].Name : "bogus";
        field.Arguments.Add(new ArgumentModel(name, Pick(WrongLiterals)));
        return $"added argument {name} to {field.Name}";
    }

    private string? DropArgument(GeneratedRequest request)
    {
        var fields = Fields(request).Where(f => f.Field.Arguments.Count > 0).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var field = Pick(fields).Field;
        var argument = Pick(field.Arguments);
        field.Arguments.Remove(argument);
        return $"dropped argument {argument.Name} of {field.Name}";
    }

    private string? ConflictingAlias(GeneratedRequest request)
    {
        var fields = Fields(request).Where(f => !f.Field.Name.StartsWith("__", StringComparison.Ordinal)).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var (parent, field) = Pick(fields);
        var responseName = field.Alias ?? field.Name;
        var other = parent.OfType<FieldModel>().FirstOrDefault(f => f != field && f.Selections is null == (field.Selections is null));
        var clash = new FieldModel(other?.Name ?? "__typename") { Alias = responseName, Selections = other?.Selections };
        parent.Add(clash);
        return $"added {responseName}: {clash.Name} next to {field.Name}";
    }

    private string? StripSubselection(GeneratedRequest request)
    {
        var fields = Fields(request).Where(f => f.Field.Selections is not null).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var field = Pick(fields).Field;
        field.Selections = Chance(4) ? [] : null;
        return $"stripped the selections of {field.Name}";
    }

    private string? AddSubselectionToLeaf(GeneratedRequest request)
    {
        var fields = Fields(request).Where(f => f.Field.Selections is null).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var field = Pick(fields).Field;
        field.Selections = [new FieldModel("id")];
        return $"selected id under leaf {field.Name}";
    }

    private string? ChangeFragmentCondition(GeneratedRequest request)
    {
        var typeNames = schema.TypeMap.Keys.Where(n => !n.StartsWith("__", StringComparison.Ordinal)).Append("Missing").ToList();
        if (request.Fragments.Count > 0 && Chance(2))
        {
            var fragment = Pick(request.Fragments);
            fragment.TypeCondition = Pick(typeNames);
            return $"fragment {fragment.Name} now on {fragment.TypeCondition}";
        }

        var fields = Fields(request).Where(f => f.Field.Selections is { Count: > 0 }).ToList();
        if (fields.Count == 0)
        {
            return null;
        }

        var field = Pick(fields).Field;
        var inline = new InlineFragmentModel(Pick(typeNames));
        inline.Selections.Add(new FieldModel("__typename") { Alias = "impossible" });
        field.Selections!.Add(inline);
        return $"added an inline fragment on {inline.TypeCondition} under {field.Name}";
    }

    private string? MisplaceDirective(GeneratedRequest request)
    {
        var fields = Fields(request);
        if (fields.Count == 0)
        {
            return null;
        }

        var field = Pick(fields).Field;
        var directive = random.Next(4) switch
        {
            0 => new DirectiveModel("deprecated"),
            1 => new DirectiveModel("unknown"),
            2 => new DirectiveModel("include"),
            _ => new DirectiveModel("skip"),
        };
        if (directive.Name == "skip")
        {
            directive.Arguments.Add(new ArgumentModel("if", Pick(WrongLiterals)));
        }

        field.Directives.Add(directive);
        if (Chance(3))
        {
            field.Directives.Add(directive);
        }

        return $"added @{directive.Name} to {field.Name}";
    }

    private string? DuplicateOperation(GeneratedRequest request)
    {
        var operation = request.Operations[0];
        var copy = new OperationModel(operation.OperationType) { Name = Chance(2) ? operation.Name : null };
        copy.Selections.Add(new FieldModel("__typename"));
        request.Operations.Add(copy);
        return $"added a second operation named {copy.Name ?? "(anonymous)"}";
    }

    private string? DuplicateFragment(GeneratedRequest request)
    {
        if (request.Fragments.Count == 0)
        {
            return null;
        }

        var fragment = Pick(request.Fragments);
        var copy = new FragmentModel(fragment.Name, fragment.TypeCondition);
        copy.Selections.Add(new FieldModel("__typename"));
        request.Fragments.Add(copy);
        return $"defined fragment {fragment.Name} twice";
    }

    private string? MakeFragmentCycle(GeneratedRequest request)
    {
        if (request.Fragments.Count == 0)
        {
            return null;
        }

        var fragment = Pick(request.Fragments);
        var target = Pick(request.Fragments);
        target.Selections.Add(new FragmentSpreadModel(fragment.Name));
        fragment.Selections.Add(new FragmentSpreadModel(target.Name));
        return $"made fragments {fragment.Name} and {target.Name} spread each other";
    }

    private string? UnknownOperationName(GeneratedRequest request)
    {
        request.OperationName = request.OperationName is null ? "Missing" : null;
        return request.Operations.Count == 1 && request.OperationName is null ? null : $"asked for operation {request.OperationName}";
    }
}
