using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Finds and applies a field's <see cref="LeafShortcut"/>.</summary>
internal static class LeafShortcuts
{
    /// <summary>The shortcut of a field type: only the specified scalars themselves have one, not look-alikes.</summary>
    public static LeafShortcut For(GraphQLType type)
    {
        var named = type is GraphQLNonNull nonNull ? nonNull.OfType : type;
        if (ReferenceEquals(named, SpecifiedScalars.String) || ReferenceEquals(named, SpecifiedScalars.ID))
        {
            return LeafShortcut.Text;
        }

        if (ReferenceEquals(named, SpecifiedScalars.Int))
        {
            return LeafShortcut.Int;
        }

        if (ReferenceEquals(named, SpecifiedScalars.Boolean))
        {
            return LeafShortcut.Boolean;
        }

        return ReferenceEquals(named, SpecifiedScalars.Float) ? LeafShortcut.Float : LeafShortcut.None;
    }

    /// <summary>Whether <paramref name="value"/> is already its own serialized form under the shortcut.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool StoresAsIs(this LeafShortcut shortcut, object? value) => shortcut switch
    {
        LeafShortcut.Text => value is string,
        LeafShortcut.Int => value is int,
        LeafShortcut.Boolean => value is bool,
        LeafShortcut.Float => value is double number && double.IsFinite(number),
        _ => false,
    };
}
