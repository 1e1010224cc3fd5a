using System.Text;

namespace KnowledgeGraph.GraphQL.Benchmarks.Generation;

/// <summary>Prints a generated document as GraphQL text, one selection per line.</summary>
internal static class RequestPrinter
{
    public static string Print(GeneratedRequest request)
    {
        var text = new StringBuilder();
        foreach (var operation in request.Operations)
        {
            text.Append(operation.OperationType);
            if (operation.Name is not null)
            {
                text.Append(' ').Append(operation.Name);
            }

            if (operation.Variables.Count > 0)
            {
                text.Append('(');
                text.AppendJoin(", ", operation.Variables.Select(v => v.DefaultValue is null ? $"${v.Name}: {v.Type}" : $"${v.Name}: {v.Type} = {v.DefaultValue}"));
                text.Append(')');
            }

            text.Append(' ');
            AppendSelections(text, operation.Selections, 0);
            text.Append('\n');
        }

        foreach (var fragment in request.Fragments)
        {
            text.Append("fragment ").Append(fragment.Name).Append(" on ").Append(fragment.TypeCondition).Append(' ');
            AppendSelections(text, fragment.Selections, 0);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void AppendSelections(StringBuilder text, List<SelectionModel> selections, int depth)
    {
        text.Append("{\n");
        foreach (var selection in selections)
        {
            text.Append(' ', (depth + 1) * 2);
            switch (selection)
            {
                case FieldModel field:
                    if (field.Alias is not null)
                    {
                        text.Append(field.Alias).Append(": ");
                    }

                    text.Append(field.Name);
                    AppendArguments(text, field.Arguments);
                    AppendDirectives(text, field.Directives);
                    if (field.Selections is not null)
                    {
                        text.Append(' ');
                        AppendSelections(text, field.Selections, depth + 1);
                    }

                    break;
                case InlineFragmentModel inline:
                    text.Append("...");
                    if (inline.TypeCondition is not null)
                    {
                        text.Append(" on ").Append(inline.TypeCondition);
                    }

                    AppendDirectives(text, inline.Directives);
                    text.Append(' ');
                    AppendSelections(text, inline.Selections, depth + 1);
                    break;
                case FragmentSpreadModel spread:
                    text.Append("...").Append(spread.Name);
                    AppendDirectives(text, spread.Directives);
                    break;
            }

            text.Append('\n');
        }

        text.Append(' ', depth * 2).Append('}');
    }

    private static void AppendArguments(StringBuilder text, List<ArgumentModel> arguments)
    {
        if (arguments.Count > 0)
        {
            text.Append('(').AppendJoin(", ", arguments.Select(a => $"{a.Name}: {a.Value}")).Append(')');
        }
    }

    private static void AppendDirectives(StringBuilder text, List<DirectiveModel> directives)
    {
        foreach (var directive in directives)
        {
            text.Append(" @").Append(directive.Name);
            AppendArguments(text, directive.Arguments);
        }
    }
}
