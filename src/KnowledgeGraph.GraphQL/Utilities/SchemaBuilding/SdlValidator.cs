using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>
/// The checks graphql-js's <c>assertValidSDL</c> runs before building a schema from SDL (its
/// <c>specifiedSDLRules</c>), with their messages: unique schema, operation type, type, field, argument,
/// enum value and directive names; known types and directives; directives at allowed locations, once
/// unless repeatable, with known and required arguments; extensions of existing types of the same kind.
/// Errors come in document order.
/// </summary>
internal sealed partial class SdlValidator
{
    private static readonly string[] StandardTypeNames =
        [.. SpecifiedScalars.All.Select(t => t.Name), .. Introspection.Types.Select(t => t.Name)];

    private readonly List<GraphQLError> _errors = [];
    private readonly Dictionary<string, ITypeDefinitionNode> _definedTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveShape> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> _knownTypeNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownFieldNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, NameNode>> _knownEnumValueNames = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NameNode> _knownDirectiveNames = new(StringComparer.Ordinal);
    private readonly Dictionary<OperationType, OperationTypeDefinitionNode> _operationTypes = [];
    private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);
    private readonly string[] _typeNames;
    private int _schemaDefinitions;

    private SdlValidator(DocumentNode document)
    {
        foreach (var directive in GraphQLDirective.SpecifiedDirectives)
        {
            _directives[directive.Name] = DirectiveShape.From(directive);
        }

        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case ITypeDefinitionNode type:
                    _definedTypes.TryAdd(type.Name.Value, type);
                    break;
                case DirectiveDefinitionNode directive:
                    _directives[directive.Name.Value] = DirectiveShape.From(directive);
                    break;
            }
        }

        _typeNames = [.. _definedTypes.Keys];
    }

    /// <summary>The problems of an SDL document; empty when a schema can be built from it.</summary>
    public static IReadOnlyList<GraphQLError> Validate(DocumentNode document)
    {
        var validator = new SdlValidator(document);
        foreach (var definition in document.Definitions)
        {
            validator.Check(definition);
        }

        return validator._errors;
    }

    private void Report(string message, params INode[] nodes) => _errors.Add(new GraphQLError(message, nodes));

    private void Check(IDefinitionNode definition)
    {
        switch (definition)
        {
            case SchemaDefinitionNode schema:
                if (++_schemaDefinitions > 1)
                {
                    Report("Must provide only one schema definition.", schema);
                }

                CheckOperationTypes(schema.OperationTypes);
                CheckDirectives(schema.Directives, DirectiveLocation.Schema, _schemaDirectives);
                break;
            case SchemaExtensionNode extension:
                CheckOperationTypes(extension.OperationTypes);
                CheckDirectives(extension.Directives, DirectiveLocation.Schema, _schemaDirectives);
                break;
            case ITypeDefinitionNode type:
                CheckTypeName(type);
                CheckTypeMembers(type, type.Name.Value, type.Directives);
                break;
            case ITypeExtensionNode extension:
                CheckExtensionKind(extension);
                CheckTypeMembers(extension, extension.Name.Value, extension.Directives);
                break;
            case DirectiveDefinitionNode directive:
                CheckDirectiveDefinition(directive);
                break;
        }
    }

    private void CheckOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (_operationTypes.TryGetValue(operationType.Operation, out var existing))
            {
                Report($"There can be only one {operationType.Operation.ToKeyword()} type in schema.", existing, operationType);
            }
            else
            {
                _operationTypes[operationType.Operation] = operationType;
            }

            CheckNamedType(operationType.Type, isSdl: true);
        }
    }

    private void CheckTypeName(ITypeDefinitionNode type)
    {
        var name = type.Name.Value;
        if (_knownTypeNames.TryGetValue(name, out var existing))
        {
            Report($"There can be only one type named \"{name}\".", existing, type.Name);
        }
        else
        {
            _knownTypeNames[name] = type.Name;
        }
    }

    private void CheckExtensionKind(ITypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        if (!_definedTypes.TryGetValue(name, out var definition))
        {
            Report(
                $"Cannot extend type \"{name}\" because it is not defined." + SuggestionList.DidYouMean(SuggestionList.Suggest(name, _typeNames)),
                extension.Name);
            return;
        }

        if (ExtensionKindOf(definition.Kind) != extension.Kind)
        {
            Report($"Cannot extend non-{KindName(extension.Kind)} type \"{name}\".", definition, extension);
        }
    }

    private void CheckNamedType(NamedTypeNode node, bool isSdl)
    {
        var name = node.Name.Value;
        if (_definedTypes.ContainsKey(name) || (isSdl && StandardTypeNames.Contains(name)))
        {
            return;
        }

        var candidates = isSdl ? [.. StandardTypeNames, .. _typeNames] : _typeNames;
        Report($"Unknown type \"{name}\"." + SuggestionList.DidYouMean(SuggestionList.Suggest(name, candidates)), node);
    }

    private void CheckTypeReference(ITypeNode type)
    {
        switch (type)
        {
            case ListTypeNode list:
                CheckTypeReference(list.Type);
                break;
            case NonNullTypeNode nonNull:
                CheckTypeReference(nonNull.Type);
                break;
            case NamedTypeNode named:
                CheckNamedType(named, isSdl: true);
                break;
        }
    }

    private static NodeKind ExtensionKindOf(NodeKind definitionKind) => definitionKind switch
    {
        NodeKind.ScalarTypeDefinition => NodeKind.ScalarTypeExtension,
        NodeKind.ObjectTypeDefinition => NodeKind.ObjectTypeExtension,
        NodeKind.InterfaceTypeDefinition => NodeKind.InterfaceTypeExtension,
        NodeKind.UnionTypeDefinition => NodeKind.UnionTypeExtension,
        NodeKind.EnumTypeDefinition => NodeKind.EnumTypeExtension,
        _ => NodeKind.InputObjectTypeExtension,
    };

    private static string KindName(NodeKind extensionKind) => extensionKind switch
    {
        NodeKind.ScalarTypeExtension => "scalar",
        NodeKind.ObjectTypeExtension => "object",
        NodeKind.InterfaceTypeExtension => "interface",
        NodeKind.UnionTypeExtension => "union",
        NodeKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
