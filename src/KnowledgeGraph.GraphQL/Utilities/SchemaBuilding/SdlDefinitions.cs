using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Utilities;

/// <summary>An SDL document sorted the way graphql-js's <c>extendSchemaImpl</c> sorts it.</summary>
internal sealed class SdlDefinitions
{
    public SdlDefinitions(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    SchemaDefinition = schema;
                    break;
                case SchemaExtensionNode extension:
                    SchemaExtensions.Add(extension);
                    break;
                case ITypeDefinitionNode type:
                    TypeDefinitions.Add(type);
                    break;
                case ITypeExtensionNode extension:
                    if (!TypeExtensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        TypeExtensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    DirectiveDefinitions.Add(directive);
                    break;
            }
        }
    }

    public SchemaDefinitionNode? SchemaDefinition { get; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    public List<ITypeDefinitionNode> TypeDefinitions { get; } = [];

    public Dictionary<string, List<ITypeExtensionNode>> TypeExtensions { get; } = new(StringComparer.Ordinal);

    public List<DirectiveDefinitionNode> DirectiveDefinitions { get; } = [];

    /// <summary>The definition of a type by name (the last one, as graphql-js's type map keeps).</summary>
    public ITypeDefinitionNode? FindType(string name) => TypeDefinitions.LastOrDefault(t => t.Name.Value == name);

    /// <summary>The extensions of a type, in document order.</summary>
    public IReadOnlyList<ITypeExtensionNode> ExtensionsOf(string name) =>
        TypeExtensions.TryGetValue(name, out var list) ? list : [];
}
