namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>Random operations and fragments.</summary>
public sealed partial class DocumentGenerator
{
    private void ExecutableDefinition()
    {
        if (Chance(4))
        {
            Description();
            Emit("fragment", NameExcept("on"), "on", Name());
            Directives(isConst: false);
            SelectionSet(depth: 3);
            return;
        }

        if (Chance(4))
        {
            SelectionSet(depth: 3);
            return;
        }

        Description();
        Emit(Pick(["query", "mutation", "subscription"]));
        if (Chance(2))
        {
            Emit(Name());
        }

        if (Chance(2))
        {
            Emit("(");
            Repeat(1, 3, VariableDefinition);
            Emit(")");
        }

        Directives(isConst: false);
        SelectionSet(depth: 3);
    }

    private void VariableDefinition()
    {
        if (Chance(5))
        {
            Description();
        }

        Emit("$", Name(), ":");
        Type(depth: 2);
        if (Chance(3))
        {
            Emit("=");
            Value(isConst: true, depth: 2);
        }

        Directives(isConst: true);
    }

    private void SelectionSet(int depth)
    {
        Emit("{");
        Repeat(1, 4, () => Selection(depth));
        Emit("}");
    }

    private void Selection(int depth)
    {
        switch (random.Next(6))
        {
            case 0:
                Emit("...", NameExcept("on"));
                Directives(isConst: false);
                break;
            case 1:
                Emit("...");
                if (Chance(2))
                {
                    Emit("on", Name());
                }

                Directives(isConst: false);
                SelectionSet(Math.Max(depth - 1, 0));
                break;
            default:
                if (Chance(3))
                {
                    Emit(Name(), ":");
                }

                Emit(Name());
                if (Chance(2))
                {
                    Arguments(isConst: false);
                }

                Directives(isConst: false);
                if (depth > 0 && Chance(2))
                {
                    SelectionSet(depth - 1);
                }

                break;
        }
    }
}
