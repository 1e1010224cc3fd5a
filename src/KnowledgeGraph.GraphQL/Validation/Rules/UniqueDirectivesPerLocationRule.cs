using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// A directive that is not repeatable may appear at most once at a location. A type's definition and
/// its extensions count as one location, and so do the schema definition and its extensions.
/// See <see href="https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location">Directives Are Unique Per Location</see>.
/// </summary>
internal sealed class UniqueDirectivesPerLocationRule(ValidationContext context) : ASTVisitor
{
    private const int ManyDirectives = 16;

    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

    public override VisitorAction Enter(INode node, VisitorContext visit)
    {
        if (node is not IHasDirectivesNode { Directives: { Count: > 0 } directives })
        {
            return VisitorAction.Continue;
        }

        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
            ITypeDefinitionNode type => DirectivesOfType(type.Name.Value),
            ITypeExtensionNode extension => DirectivesOfType(extension.Name.Value),
            _ when directives.Count > ManyDirectives => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            _ => null,
        };
        if (seen is null)
        {
            CheckWithinNode(directives);
            return VisitorAction.Continue;
        }

        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (!IsUnique(name))
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                Report(first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }

        return VisitorAction.Continue;
    }

    // A node of its own with few directives: compare each with the earlier ones, without a table.
    private void CheckWithinNode(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 1; i < directives.Count; i++)
        {
            var name = directives[i].Name.Value;
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(directives[j].Name.Value, name, StringComparison.Ordinal))
                {
                    if (IsUnique(name))
                    {
                        Report(directives[j], directives[i]);
                    }

                    break;
                }
            }
        }
    }

    private bool IsUnique(string name) => context.Directives.Find(name) is { IsRepeatable: false };

    private Dictionary<string, DirectiveNode> DirectivesOfType(string typeName)
    {
        if (!_typeDirectives.TryGetValue(typeName, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            _typeDirectives[typeName] = seen;
        }

        return seen;
    }

    private void Report(DirectiveNode first, DirectiveNode repeated) =>
        context.ReportError(new GraphQLError(
            $"The directive \"@{repeated.Name.Value}\" can only be used once at this location.",
            [first, repeated]));
}
