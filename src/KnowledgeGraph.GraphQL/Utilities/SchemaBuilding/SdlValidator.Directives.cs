using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

internal sealed partial class SdlValidator
{
    private void CheckDirectiveDefinition(DirectiveDefinitionNode definition)
    {
        var name = definition.Name.Value;
        if (_knownDirectiveNames.TryGetValue(name, out var existing))
        {
            Report($"There can be only one directive named \"@{name}\".", existing, definition.Name);
        }
        else
        {
            _knownDirectiveNames[name] = definition.Name;
        }

        CheckArgumentNames("@" + name, definition.Arguments);
        foreach (var argument in definition.Arguments)
        {
            CheckInputValue(argument, DirectiveLocation.ArgumentDefinition);
        }
    }

    private void CheckDirectives(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location, Dictionary<string, DirectiveNode> seen)
    {
        CheckUniqueDirectives(directives, seen);
        CheckDirectiveApplications(directives, location);
    }

    private void CheckUniqueDirectives(IReadOnlyList<DirectiveNode> directives, Dictionary<string, DirectiveNode> seen)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var shape) || shape.IsRepeatable)
            {
                continue;
            }

            if (seen.TryGetValue(name, out var existing))
            {
                Report($"The directive \"@{name}\" can only be used once at this location.", existing, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private void CheckDirectiveApplications(IReadOnlyList<DirectiveNode> directives, DirectiveLocation location)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var shape))
            {
                Report($"Unknown directive \"@{name}\".", directive);
                continue;
            }

            if (!shape.Locations.Contains(location.ToSpecName()))
            {
                Report($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", directive);
            }

            foreach (var argument in directive.Arguments)
            {
                if (!shape.Arguments.Any(a => a.Name == argument.Name.Value))
                {
                    Report(
                        $"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\"."
                            + SuggestionList.DidYouMean(SuggestionList.Suggest(argument.Name.Value, shape.Arguments.Select(a => a.Name))),
                        argument);
                }
            }

            foreach (var group in directive.Arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var nodes = group.Select(a => (INode)a.Name).ToArray();
                if (nodes.Length > 1)
                {
                    Report($"There can be only one argument named \"{group.Key}\".", nodes);
                }
            }

            foreach (var argument in directive.Arguments)
            {
                CheckInputFieldNames(argument.Value);
            }

            foreach (var required in shape.Arguments.Where(a => a.IsRequired))
            {
                if (!directive.Arguments.Any(a => a.Name.Value == required.Name))
                {
                    Report(
                        $"Directive \"@{name}\" argument \"{required.Name}\" of type \"{required.TypeText}\" is required, but it was not provided.",
                        directive);
                }
            }
        }
    }

    /// <summary>What the checks need of a directive, whether specified or defined in the document.</summary>
    private sealed record DirectiveShape(IReadOnlyList<string> Locations, bool IsRepeatable, IReadOnlyList<ArgumentShape> Arguments)
    {
        public static DirectiveShape From(GraphQLDirective directive) => new(
            directive.Locations,
            directive.IsRepeatable,
            [.. directive.Args.Select(a => new ArgumentShape(a.Name, $"{a.Type}", a.IsRequired()))]);

        public static DirectiveShape From(DirectiveDefinitionNode definition) => new(
            [.. definition.Locations.Select(l => l.Value)],
            definition.Repeatable,
            [.. definition.Arguments.Select(a => new ArgumentShape(
                a.Name.Value,
                Printer.Print(a.Type),
                a.Type.Kind == NodeKind.NonNullType && a.DefaultValue is null))]);
    }

    private sealed record ArgumentShape(string Name, string TypeText, bool IsRequired);
}
