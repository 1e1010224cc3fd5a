using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;

namespace KnowledgeGraph.GraphQL.Types;

/// <summary>
/// graphql-js's <c>validateSchema</c>: the "Type Validation" rules of the specification's type system
/// section, with graphql-js's messages and the SDL nodes each error is about. Results are cached per schema.
/// </summary>
public static partial class SchemaValidator
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GraphQLSchema, IReadOnlyList<GraphQLError>> Results = [];

    /// <summary>The schema's validation errors; empty when it is valid.</summary>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        return Results.GetValue(schema, static s => new Run(s).Errors());
    }

    private sealed partial class Run(GraphQLSchema schema)
    {
        private readonly List<GraphQLError> _errors = [];

        public List<GraphQLError> Errors()
        {
            ValidateRootTypes();
            ValidateDirectives();
            ValidateTypes();
            return _errors;
        }

        private void Report(string message, params IEnumerable<INode?> nodes)
        {
            var present = nodes.OfType<INode>().ToArray();
            _errors.Add(new GraphQLError(message, present.Length == 0 ? null : present));
        }

        private void ValidateRootTypes()
        {
            if (schema.QueryType is null)
            {
                Report("Query root type must be provided.", schema.AstNode);
            }
        }

        private void ValidateDirectives()
        {
            foreach (var directive in schema.Directives)
            {
                ValidateName(directive.Name, directive.AstNode);
                if (directive.Locations.Count == 0)
                {
                    Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
                }

                foreach (var arg in directive.Args)
                {
                    ValidateName(arg.Name, arg.AstNode);
                    if (!arg.Type.IsInputType())
                    {
                        Report($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}.", arg.AstNode);
                    }

                    if (arg.IsRequired() && arg.DeprecationReason is not null)
                    {
                        Report(
                            $"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated.",
                            DeprecatedDirectiveNode(arg.AstNode),
                            arg.AstNode?.Type);
                    }
                }
            }
        }

        private void ValidateName(string name, INode? node)
        {
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
            }
        }

        private void ValidateTypes()
        {
            var circularRefs = new InputObjectCycleFinder(this);
            foreach (var type in schema.TypeMap.Values)
            {
                if (!Introspection.IsIntrospectionType(type))
                {
                    ValidateName(type.Name, type.AstNode);
                }

                switch (type)
                {
                    case GraphQLImplementingType implementing:
                        ValidateFields(implementing);
                        ValidateInterfaces(implementing);
                        break;
                    case GraphQLUnionType union:
                        ValidateUnionMembers(union);
                        break;
                    case GraphQLEnumType enumType:
                        ValidateEnumValues(enumType);
                        break;
                    case GraphQLInputObjectType input:
                        ValidateInputFields(input);
                        circularRefs.Visit(input);
                        break;
                }
            }
        }

        private static INode[] TypeNodes(GraphQLNamedType type) =>
            type.AstNode is null ? [.. type.ExtensionAstNodes] : [type.AstNode, .. type.ExtensionAstNodes];

        private static DirectiveNode? DeprecatedDirectiveNode(IHasDirectivesNode? node) =>
            node?.Directives.FirstOrDefault(d => d.Name.Value == GraphQLDirective.Deprecated.Name);
    }
}
