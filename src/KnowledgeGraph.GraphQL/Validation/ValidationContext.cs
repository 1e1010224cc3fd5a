using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Validation;

/// <summary>
/// What a validation rule may ask, mirroring graphql-js's <c>ValidationContext</c>: the schema and the
/// document, where the walk is in terms of types (the current field, its type, the input type of a
/// value position, ...), the fragment graph, and the variables each operation uses. Answers are
/// computed once and cached for the whole validation. Like graphql-js, it keeps a budget on
/// fragment-graph work, so a document built to make that work explode is stopped with
/// <c>Validation aborted.</c> instead of running for minutes.
/// </summary>
public sealed partial class ValidationContext
{
    /// <summary>graphql-js's budget of fragment-graph work per validation.</summary>
    private const int FragmentWorkBudget = 50_000;

    private readonly TypeInfo _typeInfo;
    private readonly Action<GraphQLError> _onError;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private DirectiveTable? _directives;
    private int _remainingFragmentWork = FragmentWorkBudget;

    internal ValidationContext(
        GraphQLSchema schema,
        DocumentNode document,
        TypeInfo typeInfo,
        Action<GraphQLError> onError,
        bool hideSuggestions)
    {
        Schema = schema;
        Document = document;
        _typeInfo = typeInfo;
        _onError = onError;
        HideSuggestions = hideSuggestions;
    }

    /// <summary>The schema the document is validated against.</summary>
    public GraphQLSchema Schema { get; }

    /// <summary>The document being validated.</summary>
    public DocumentNode Document { get; }

    /// <summary>Whether messages leave out "Did you mean" suggestions (which can reveal schema names).</summary>
    public bool HideSuggestions { get; }

    /// <summary>The output type at the current position (a field's type, an operation's root type), or null when unknown.</summary>
    public GraphQLType? Type => _typeInfo.Type;

    /// <summary>The composite type whose fields the current selection set selects, or null when unknown.</summary>
    public GraphQLNamedType? ParentType => _typeInfo.ParentType;

    /// <summary>The input type expected at the current value position, or null when unknown.</summary>
    public GraphQLType? InputType => _typeInfo.InputType;

    /// <summary>The input type of the list or input object enclosing the current value position, or null.</summary>
    public GraphQLType? ParentInputType => _typeInfo.ParentInputType;

    /// <summary>The field being selected, or null when unknown.</summary>
    public GraphQLField? FieldDefinition => _typeInfo.FieldDefinition;

    /// <summary>The directive being applied, or null when unknown.</summary>
    public GraphQLDirective? Directive => _typeInfo.Directive;

    /// <summary>The argument being given, or null when unknown.</summary>
    public GraphQLArgument? Argument => _typeInfo.Argument;

    /// <summary>The enum value being written, or null when unknown.</summary>
    public GraphQLEnumValue? EnumValue => _typeInfo.EnumValue;

    /// <summary>What the schema and the document say about each directive, built once per schema.</summary>
    internal DirectiveTable Directives => _directives ??= DirectiveTable.For(Schema, Document);

    /// <summary>Reports a validation error.</summary>
    public void ReportError(GraphQLError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        _onError(error);
    }

    /// <summary>The fragment definition with the given name (the last one, when the name is defined twice), or null.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Charges fragment-graph work against the budget.</summary>
    /// <exception cref="ValidationAbortedException">The budget is spent.</exception>
    internal void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException(new GraphQLError(ValidationAbortedException.AbortedMessage));
        }
    }
}
