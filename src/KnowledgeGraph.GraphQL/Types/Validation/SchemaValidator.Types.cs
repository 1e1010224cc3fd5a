using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

public static partial class SchemaValidator
{
    private sealed partial class Run
    {
        private void ValidateUnionMembers(GraphQLUnionType union)
        {
            if (union.Types.Count == 0)
            {
                Report($"Union type {union.Name} must define one or more member types.", TypeNodes(union));
            }

            var included = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in union.Types)
            {
                if (!included.Add(member.Name))
                {
                    Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
                }
            }
        }

        private void ValidateEnumValues(GraphQLEnumType enumType)
        {
            if (enumType.Values.Count == 0)
            {
                Report($"Enum type {enumType.Name} must define one or more values.", TypeNodes(enumType));
            }

            foreach (var value in enumType.Values)
            {
                ValidateName(value.Name, value.AstNode);
            }
        }

        private void ValidateInputFields(GraphQLInputObjectType input)
        {
            if (input.Fields.Count == 0)
            {
                Report($"Input Object type {input.Name} must define one or more fields.", TypeNodes(input));
            }

            foreach (var field in input.Fields.Values)
            {
                ValidateName(field.Name, field.AstNode);
                if (!field.Type.IsInputType())
                {
                    Report($"The type of {input.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
                }

                if (field.IsRequired() && field.DeprecationReason is not null)
                {
                    Report(
                        $"Required input field {input.Name}.{field.Name} cannot be deprecated.",
                        DeprecatedDirectiveNode(field.AstNode),
                        field.AstNode?.Type);
                }

                if (input.IsOneOf)
                {
                    ValidateOneOfField(input, field);
                }
            }
        }

        private void ValidateOneOfField(GraphQLInputObjectType input, GraphQLInputField field)
        {
            if (field.Type.Kind == TypeKind.NonNull)
            {
                Report($"OneOf input field {input.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
            }

            if (field.HasDefaultValue)
            {
                Report($"OneOf input field {input.Name}.{field.Name} cannot have a default value.", field.AstNode);
            }
        }

        private static IEnumerable<INode> UnionMemberNodes(GraphQLUnionType union, string typeName) =>
            TypeNodes(union)
                .SelectMany(static node => node switch
                {
                    UnionTypeDefinitionNode d => d.Types,
                    UnionTypeExtensionNode e => e.Types,
                    _ => [],
                })
                .Where(named => named.Name.Value == typeName);

        /// <summary>
        /// Finds input objects that contain themselves through non-null fields (which no finite value
        /// could satisfy), reporting each cycle once, as graphql-js's depth-first search does.
        /// </summary>
        private sealed class InputObjectCycleFinder(Run run)
        {
            private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
            private readonly List<GraphQLInputField> _fieldPath = [];
            private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

            public void Visit(GraphQLInputObjectType input)
            {
                if (!_visited.Add(input.Name))
                {
                    return;
                }

                _pathIndexByTypeName[input.Name] = _fieldPath.Count;
                foreach (var field in input.Fields.Values)
                {
                    if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                    {
                        _fieldPath.Add(field);
                        if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                        {
                            Visit(fieldType);
                        }
                        else
                        {
                            var cyclePath = _fieldPath.Skip(cycleIndex).ToList();
                            run.Report(
                                $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join('.', cyclePath.Select(f => f.Name))}\".",
                                cyclePath.Select(f => f.AstNode));
                        }

                        _fieldPath.RemoveAt(_fieldPath.Count - 1);
                    }
                }

                _pathIndexByTypeName.Remove(input.Name);
            }
        }
    }
}
