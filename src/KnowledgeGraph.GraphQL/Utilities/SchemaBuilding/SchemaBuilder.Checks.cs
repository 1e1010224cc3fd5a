using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    /// <summary>Bindings that name nothing in the SDL, or something of the wrong kind.</summary>
    private IEnumerable<string> BindingProblems(SdlDefinitions definitions)
    {
        foreach (var coordinate in _resolvers.Keys)
        {
            if (ResolverProblem(definitions, coordinate) is { } problem)
            {
                yield return problem;
            }
        }

        foreach (var name in _scalars.Keys)
        {
            if (SpecifiedScalars.All.Any(s => s.Name == name))
            {
                yield return $"Scalar binding \"{name}\" names a specified scalar, whose coercion cannot be replaced.";
            }
            else if (definitions.FindType(name) is not ScalarTypeDefinitionNode)
            {
                yield return $"Scalar binding \"{name}\" names no scalar type in the schema.";
            }
        }

        foreach (var name in _typeResolvers.Keys)
        {
            if (definitions.FindType(name) is not (InterfaceTypeDefinitionNode or UnionTypeDefinitionNode))
            {
                yield return $"Type resolver bound to \"{name}\", but the schema has no interface or union type \"{name}\".";
            }
        }

        foreach (var name in _isTypeOf.Keys)
        {
            if (definitions.FindType(name) is not ObjectTypeDefinitionNode)
            {
                yield return $"Type check bound to \"{name}\", but the schema has no object type \"{name}\".";
            }
        }

        foreach (var (name, binding) in _enumBindings)
        {
            if (definitions.FindType(name) is not EnumTypeDefinitionNode enumType)
            {
                yield return $"Enum values bound to \"{name}\", but the schema has no enum type \"{name}\".";
                continue;
            }

            var valueNames = enumType.Values
                .Concat(definitions.ExtensionsOf(name).OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values))
                .Select(v => v.Name.Value)
                .ToList();
            foreach (var problem in binding.Problems(name, valueNames))
            {
                yield return problem;
            }
        }
    }

    private static string? ResolverProblem(SdlDefinitions definitions, string coordinate)
    {
        var dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == coordinate.Length - 1 || coordinate.IndexOf('.', dot + 1) >= 0)
        {
            return $"Resolver coordinate \"{coordinate}\" must have the form \"Type.field\".";
        }

        var typeName = coordinate[..dot];
        var fieldName = coordinate[(dot + 1)..];
        var type = definitions.FindType(typeName);
        if (type is null)
        {
            return $"Resolver bound to \"{coordinate}\", but the schema has no type \"{typeName}\"."
                + SuggestionList.DidYouMean(SuggestionList.Suggest(typeName, definitions.TypeDefinitions.Select(t => t.Name.Value)));
        }

        if (type is not ObjectTypeDefinitionNode)
        {
            return $"Resolver bound to \"{coordinate}\", but \"{typeName}\" is not an object type; only object type fields are resolved.";
        }

        var fieldNames = type is ObjectTypeDefinitionNode obj
            ? obj.Fields.Concat(definitions.ExtensionsOf(typeName).OfType<ObjectTypeExtensionNode>().SelectMany(e => e.Fields))
                .Select(f => f.Name.Value)
                .ToList()
            : [];
        return fieldNames.Contains(fieldName)
            ? null
            : $"Resolver bound to \"{coordinate}\", but type \"{typeName}\" has no field \"{fieldName}\"."
                + SuggestionList.DidYouMean(SuggestionList.Suggest(fieldName, fieldNames));
    }
}
