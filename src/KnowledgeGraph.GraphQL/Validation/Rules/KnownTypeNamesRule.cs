using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Validation.Rules;

/// <summary>
/// Every type a document names (variable types, fragment type conditions) must be defined by the
/// schema, or by the document itself.
/// See <see href="https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence">Fragment Spread Type Existence</see>
/// and <see href="https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types">Variables Are Input Types</see>.
/// </summary>
internal sealed class KnownTypeNamesRule : ASTVisitor
{
    private static readonly string[] StandardTypeNames =
    [
        .. SpecifiedScalars.All.Select(static type => type.Name),
        .. Introspection.Types.Select(static type => type.Name),
    ];

    private readonly ValidationContext _context;
    private readonly HashSet<string>? _definedTypes;

    public KnownTypeNamesRule(ValidationContext context)
    {
        _context = context;
        foreach (var definition in context.Document.Definitions)
        {
            if (definition is ITypeDefinitionNode type)
            {
                (_definedTypes ??= new HashSet<string>(StringComparer.Ordinal)).Add(type.Name.Value);
            }
        }
    }

    protected override VisitorAction EnterNamedType(NamedTypeNode node, VisitorContext visit)
    {
        var typeName = node.Name.Value;
        if (_context.Schema.GetType(typeName) is not null || _definedTypes?.Contains(typeName) == true)
        {
            return VisitorAction.Continue;
        }

        // The top-level definition holding the reference: type system definitions in an executable
        // document (reported by ExecutableDefinitionsRule) may name the standard types.
        var definition = visit.Ancestors.Count > 1 ? visit.Ancestors[1] : visit.Parent;
        var isSdl = definition is ITypeSystemDefinitionNode or ITypeSystemExtensionNode;
        if (isSdl && Array.IndexOf(StandardTypeNames, typeName) >= 0)
        {
            return VisitorAction.Continue;
        }

        var suggestions = _context.HideSuggestions ? [] : SuggestionList.Suggest(typeName, KnownNames(isSdl));
        _context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + SuggestionList.DidYouMean(suggestions), node));
        return VisitorAction.Continue;
    }

    private IEnumerable<string> KnownNames(bool includeStandardTypes)
    {
        if (includeStandardTypes)
        {
            foreach (var name in StandardTypeNames)
            {
                yield return name;
            }
        }

        foreach (var name in _context.Schema.TypeMap.Keys)
        {
            yield return name;
        }

        if (_definedTypes is not null)
        {
            foreach (var name in _definedTypes)
            {
                yield return name;
            }
        }
    }
}
