using System.Runtime.CompilerServices;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// The directives a validation knows by name: the schema's, overridden by directive definitions in the
/// document itself. The schema's part is
/// built once per schema; only a document that defines directives pays for a table of its own.
/// </summary>
internal sealed class DirectiveTable
{
    private static readonly ConditionalWeakTable<GraphQLSchema, DirectiveTable> BySchema = [];

    private readonly Dictionary<string, DirectiveFacts> _byName;

    private DirectiveTable(Dictionary<string, DirectiveFacts> byName) => _byName = byName;

    /// <summary>The table for a validation of <paramref name="document"/> against <paramref name="schema"/>.</summary>
    public static DirectiveTable For(GraphQLSchema schema, DocumentNode document)
    {
        var table = BySchema.GetValue(schema, static s => FromDirectives(s.Directives));
        Dictionary<string, DirectiveFacts>? overridden = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode directive)
            {
                overridden ??= new Dictionary<string, DirectiveFacts>(table._byName, StringComparer.Ordinal);
                overridden[directive.Name.Value] = FromDefinition(directive);
            }
        }

        return overridden is null ? table : new DirectiveTable(overridden);
    }

    /// <summary>The directive with the given name, or null when neither the schema nor the document defines it.</summary>
    public DirectiveFacts? Find(string name) => _byName.GetValueOrDefault(name);

    private static DirectiveTable FromDirectives(IReadOnlyList<GraphQLDirective> directives)
    {
        var byName = new Dictionary<string, DirectiveFacts>(StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            var locations = LocationMask(directive.Locations);
            var argumentNames = new string[directive.Args.Count];
            var required = new List<(string Name, string Type)>();
            for (var i = 0; i < argumentNames.Length; i++)
            {
                var argument = directive.Args[i];
                argumentNames[i] = argument.Name;
                if (argument.IsRequired())
                {
                    AddRequired(required, argument.Name, argument.Type.ToString()!);
                }
            }

            byName[directive.Name] = new DirectiveFacts(locations, directive.IsRepeatable, argumentNames, [.. required]);
        }

        return new DirectiveTable(byName);
    }

    private static DirectiveFacts FromDefinition(DirectiveDefinitionNode definition)
    {
        var locations = LocationMask(definition.Locations.Select(static name => name.Value));
        var argumentNames = new string[definition.Arguments.Count];
        var required = new List<(string Name, string Type)>();
        for (var i = 0; i < argumentNames.Length; i++)
        {
            var argument = definition.Arguments[i];
            argumentNames[i] = argument.Name.Value;

            // A written default, even null, makes the argument optional.
            if (argument.Type.Kind == NodeKind.NonNullType && argument.DefaultValue is null)
            {
                AddRequired(required, argument.Name.Value, Printer.Print(argument.Type));
            }
        }

        return new DirectiveFacts(locations, definition.Repeatable, argumentNames, [.. required]);
    }

    // Locations no document node can have (DIRECTIVE_DEFINITION, of an experimental syntax) are left out.
    private static long LocationMask(IEnumerable<string> names)
    {
        long mask = 0;
        foreach (var name in names)
        {
            if (DirectiveLocationNames.TryParse(name, out var location))
            {
                mask |= 1L << (int)location;
            }
        }

        return mask;
    }

    // Keyed by name as graphql-js's keyMap is: a repeated name keeps its first place and its last type.
    private static void AddRequired(List<(string Name, string Type)> required, string name, string type)
    {
        for (var i = 0; i < required.Count; i++)
        {
            if (required[i].Name == name)
            {
                required[i] = (name, type);
                return;
            }
        }

        required.Add((name, type));
    }
}
