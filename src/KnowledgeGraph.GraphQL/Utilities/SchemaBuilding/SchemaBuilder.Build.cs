using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    /// <summary>Builds and validates the schema.</summary>
    /// <exception cref="SchemaValidationException">
    /// With every problem found: SDL syntax or definition errors, bindings naming nothing in the SDL, and
    /// schema validation errors, each worded as graphql-js words it where graphql-js has the check.
    /// </exception>
    public GraphQLSchema Build()
    {
        if (_sources.Count == 0)
        {
            throw new InvalidOperationException("Add type definitions before building a schema.");
        }

        var document = ParseSources();
        var sdlErrors = SdlValidator.Validate(document);
        if (sdlErrors.Count > 0)
        {
            throw new SchemaValidationException(sdlErrors);
        }

        var definitions = new SdlDefinitions(document);
        var roots = new RootTypeNames(definitions);
        var errors = KindProblems(definitions, roots);
        var bindingErrors = BindingProblems(definitions).Select(message => new GraphQLError(message)).ToList();
        if (bindingErrors.Count > 0)
        {
            throw new SchemaValidationException([.. errors, .. bindingErrors]);
        }

        GraphQLSchema schema;
        try
        {
            schema = CreateSchema(definitions, roots);
        }
        catch (GraphQLError error)
        {
            throw new SchemaValidationException([.. errors, error]);
        }

        // A query root of the wrong kind is reported above; the schema then simply has none.
        errors.AddRange(SchemaValidator.Validate(schema)
            .Where(e => schema.QueryType is not null || roots.Query is null || e.Message != "Query root type must be provided."));
        return errors.Count == 0 ? schema : throw new SchemaValidationException(errors);
    }

    private DocumentNode ParseSources()
    {
        var definitions = new List<IDefinitionNode>();
        foreach (var source in _sources)
        {
            try
            {
                definitions.AddRange(Parser.Parse(source).Definitions);
            }
            catch (GraphQLError syntaxError)
            {
                throw new SchemaValidationException([syntaxError]);
            }
        }

        return new DocumentNode { Definitions = definitions };
    }

    private GraphQLSchema CreateSchema(SdlDefinitions definitions, RootTypeNames roots)
    {
        var bindings = new SchemaBindings(_resolvers, _scalars, _typeResolvers, _isTypeOf, _enumBindings);
        var factory = new SdlTypeFactory(definitions, bindings);
        GraphQLObjectType? Root(string? name) => name is null ? null : factory.GetNamedType(name) as GraphQLObjectType;
        return new GraphQLSchema(
            Root(roots.Query),
            Root(roots.Mutation),
            Root(roots.Subscription),
            factory.DefinedTypes,
            factory.Directives,
            definitions.SchemaDefinition?.Description?.Value,
            definitions.SchemaDefinition,
            definitions.SchemaExtensions);
    }

    /// <summary>The root operation type names: from the schema definition and extensions, else the conventional names.</summary>
    private sealed class RootTypeNames
    {
        public RootTypeNames(SdlDefinitions definitions)
        {
            var operationTypes = (definitions.SchemaDefinition?.OperationTypes ?? [])
                .Concat(definitions.SchemaExtensions.SelectMany(e => e.OperationTypes))
                .ToList();
            if (definitions.SchemaDefinition is null)
            {
                Query = definitions.FindType("Query")?.Name.Value;
                Mutation = definitions.FindType("Mutation")?.Name.Value;
                Subscription = definitions.FindType("Subscription")?.Name.Value;
            }

            foreach (var operationType in operationTypes)
            {
                Nodes[operationType.Operation] = operationType.Type;
                switch (operationType.Operation)
                {
                    case OperationType.Query:
                        Query = operationType.Type.Name.Value;
                        break;
                    case OperationType.Mutation:
                        Mutation = operationType.Type.Name.Value;
                        break;
                    default:
                        Subscription = operationType.Type.Name.Value;
                        break;
                }
            }
        }

        public string? Query { get; }

        public string? Mutation { get; }

        public string? Subscription { get; }

        /// <summary>The type references naming the roots in the schema definition or extensions.</summary>
        public Dictionary<OperationType, NamedTypeNode> Nodes { get; } = [];
    }
}
