namespace KnowledgeGraph.GraphQL.Language;

/// <summary>Printing operations, selections and fragments.</summary>
public static partial class Printer
{
    private static string PrintExecutable(INode node) => node switch
    {
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => Join(
        [
            Description(variable.Description),
            Print(variable.Variable),
            ": ",
            Print(variable.Type),
            Wrap(" = ", PrintOptional(variable.DefaultValue)),
            Wrap(" ", Directives(variable.Directives)),
        ]),
        SelectionSetNode selectionSet => Block(PrintAll(selectionSet.Selections)),
        FieldNode field => PrintField(field),
        FragmentSpreadNode spread => Join(["...", Print(spread.Name), Wrap(" ", Directives(spread.Directives))]),
        InlineFragmentNode inline => Join(
            ["...", Wrap("on ", PrintOptional(inline.TypeCondition)), Directives(inline.Directives), Print(inline.SelectionSet)],
            " "),
        FragmentDefinitionNode fragment => Join(
        [
            Description(fragment.Description),
            "fragment ",
            Print(fragment.Name),
            Wrap("(", Join(PrintAll(fragment.VariableDefinitions), ", "), ")"),
            " on ",
            Print(fragment.TypeCondition),
            " ",
            Wrap(string.Empty, Directives(fragment.Directives), " "),
            Print(fragment.SelectionSet),
        ]),
        _ => throw new ArgumentException($"Unknown node kind {node.Kind}.", nameof(node)),
    };

    /// <summary>An anonymous query without variables or directives prints in the shorthand form.</summary>
    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = PrintAll(operation.VariableDefinitions);
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var keyword = operation.Operation.ToKeyword();
        var prefix = Join(
        [
            Description(operation.Description),
            Join([keyword, Join([PrintOptional(operation.Name), variableDefinitions]), Directives(operation.Directives)], " "),
        ]);
        var isShorthand = operation.Operation == OperationType.Query && prefix.Length == keyword.Length;
        return Join([isShorthand ? string.Empty : prefix + " ", Print(operation.SelectionSet)]);
    }

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, PrintOptional(field.Alias), ": ") + Print(field.Name);
        var line = prefix;
        if (field.Arguments.Count > 0)
        {
            var arguments = PrintAll(field.Arguments);
            var oneLine = Join(arguments, ", ");
            line += prefix.Length + oneLine.Length + 2 > MaxLineLength
                ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
                : "(" + oneLine + ")";
        }

        return Join([line, Wrap(" ", Directives(field.Directives)), Wrap(" ", PrintOptional(field.SelectionSet))]);
    }
}
