using System.Runtime.CompilerServices;

namespace KnowledgeGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text exactly as graphql-js 16's <c>print</c> does: two-space
/// indentation, block strings re-indented with their block, field arguments wrapped one per line when
/// the field would pass 80 characters, and argument definitions one per line when any has a description.
/// </summary>
public static partial class Printer
{
    /// <summary>Field arguments are wrapped when the field's prefix and arguments exceed this length.</summary>
    private const int MaxLineLength = 80;

    /// <summary>Prints a node (usually a document) as GraphQL text.</summary>
    /// <exception cref="InsufficientExecutionStackException">The tree is too deep for the thread's stack.</exception>
    public static string Print(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameNode name => name.Value,
            DocumentNode document => Join(PrintAll(document.Definitions), "\n\n"),
            IValueNode value => PrintValue(value),
            ITypeNode type => PrintType(type),
            ArgumentNode argument => Print(argument.Name) + ": " + Print(argument.Value),
            ObjectFieldNode field => Print(field.Name) + ": " + Print(field.Value),
            DirectiveNode directive => "@" + Print(directive.Name) + Wrap("(", Join(PrintAll(directive.Arguments), ", "), ")"),
            _ => node.Kind switch
            {
                <= NodeKind.FragmentDefinition => PrintExecutable(node),
                >= NodeKind.SchemaExtension => PrintExtension(node),
                _ => PrintTypeSystem(node),
            },
        };
    }

    private static string PrintOptional(INode? node) => node is null ? string.Empty : Print(node);

    private static string PrintValue(IValueNode node) => node switch
    {
        VariableNode variable => "$" + Print(variable.Name),
        IntValueNode number => number.Value,
        FloatValueNode number => number.Value,
        StringValueNode text => text.Block ? BlockStrings.Print(text.Value) : StringLiterals.Print(text.Value),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => "[" + Join(PrintAll(list.Values), ", ") + "]",
        ObjectValueNode obj => "{" + Join(PrintAll(obj.Fields), ", ") + "}",
        _ => throw new ArgumentException($"Unknown value node kind {node.Kind}.", nameof(node)),
    };

    private static string PrintType(ITypeNode node) => node switch
    {
        NamedTypeNode named => Print(named.Name),
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => throw new ArgumentException($"Unknown type node kind {node.Kind}.", nameof(node)),
    };

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : INode
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    /// <summary>Joins the non-empty parts with a separator.</summary>
    private static string Join(IEnumerable<string?> parts, string separator = "") =>
        string.Join(separator, parts.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>Surrounds a part with a start and end, or gives nothing if the part is empty.</summary>
    private static string Wrap(string start, string? part, string end = "") =>
        string.IsNullOrEmpty(part) ? string.Empty : start + part + end;

    /// <summary>A braced block, one item per line, indented; nothing at all when there are no items.</summary>
    private static string Block(IEnumerable<string?> items) => Wrap("{\n", Indent(Join(items, "\n")), "\n}");

    /// <summary>Indents every line, including the lines of block strings inside, by two spaces.</summary>
    private static string Indent(string text) =>
        text.Length == 0 ? text : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static bool HasMultilineItems(string[] items) => Array.Exists(items, i => i.Contains('\n', StringComparison.Ordinal));

    private static string Directives(IReadOnlyList<DirectiveNode> directives) => Join(PrintAll(directives), " ");

    /// <summary>A description on the line before what it describes.</summary>
    private static string Description(StringValueNode? description) => Wrap(string.Empty, PrintOptional(description), "\n");
}
