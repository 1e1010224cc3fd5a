namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>Random type system definitions and extensions.</summary>
public sealed partial class DocumentGenerator
{
    private static readonly string[] Locations = ["QUERY", "FIELD", "FRAGMENT_SPREAD", "SCHEMA", "OBJECT", "FIELD_DEFINITION", "ENUM_VALUE", "INPUT_FIELD_DEFINITION"];

    private void TypeSystemDefinition()
    {
        var extend = Chance(4);
        if (extend)
        {
            Emit("extend");
        }
        else
        {
            Description();
        }

        switch (random.Next(8))
        {
            case 0:
                Emit("schema");
                Directives(isConst: true);
                if (!extend || Chance(2))
                {
                    Block(() => Emit(Pick(["query", "mutation", "subscription"]), ":", Name()));
                }
                else
                {
                    Emit("@", Name());
                }

                break;
            case 1:
                Emit("scalar", Name());
                Directives(isConst: true);
                if (extend)
                {
                    Emit("@", Name());
                }

                break;
            case 2 or 3:
                Emit(Chance(2) ? "type" : "interface", Name());
                if (Chance(2))
                {
                    Emit("implements");
                    Delimited("&", () => Emit(Name()));
                }

                Directives(isConst: true);
                Block(FieldDefinition);
                break;
            case 4:
                Emit("union", Name());
                Directives(isConst: true);
                Emit("=");
                Delimited("|", () => Emit(Name()));
                break;
            case 5:
                Emit("enum", Name());
                Directives(isConst: true);
                Block(() =>
                {
                    Description();
                    Emit(NameExcept("true", "false", "null"));
                    Directives(isConst: true);
                });
                break;
            case 6:
                Emit("input", Name());
                Directives(isConst: true);
                Block(InputValueDefinition);
                break;
            default:
                if (extend)
                {
                    Emit("scalar", Name(), "@", Name());
                    break;
                }

                Emit("directive", "@", Name());
                if (Chance(2))
                {
                    ArgumentDefinitions();
                }

                if (Chance(3))
                {
                    Emit("repeatable");
                }

                Emit("on");
                Delimited("|", () => Emit(Pick(Locations)));
                break;
        }
    }

    private void FieldDefinition()
    {
        Description();
        Emit(Name());
        if (Chance(2))
        {
            ArgumentDefinitions();
        }

        Emit(":");
        Type(depth: 2);
        Directives(isConst: true);
    }

    private void ArgumentDefinitions()
    {
        Emit("(");
        Repeat(1, 3, InputValueDefinition);
        Emit(")");
    }

    private void InputValueDefinition()
    {
        Description();
        Emit(Name(), ":");
        Type(depth: 2);
        if (Chance(3))
        {
            Emit("=");
            Value(isConst: true, depth: 2);
        }

        Directives(isConst: true);
    }

    private void Block(Action item)
    {
        Emit("{");
        Repeat(1, 3, item);
        Emit("}");
    }

    private void Delimited(string delimiter, Action item)
    {
        if (Chance(3))
        {
            Emit(delimiter);
        }

        item();
        Repeat(0, 2, () =>
        {
            Emit(delimiter);
            item();
        });
    }
}
