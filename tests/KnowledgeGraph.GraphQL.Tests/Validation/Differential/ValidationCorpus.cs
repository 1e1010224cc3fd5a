using KnowledgeGraph.GraphQL.Errors;
using KnowledgeGraph.GraphQL.Language;
using KnowledgeGraph.GraphQL.Tests.Language.Differential;
using KnowledgeGraph.GraphQL.Tests.Validation.Harness;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Tests.Validation.Differential;

/// <summary>
/// The documents validated by both graphql-js and us: the specification's examples, hand-written
/// documents breaking each rule, documents for the shop schema, random documents generated from each
/// schema, and token-level and character-level mutations of those that still parse.
/// </summary>
public static partial class ValidationCorpus
{
    private const int GeneratedPerSchema = 70;
    private const int MutatedPerSchema = 45;
    private const int ByteMutatedPerSchema = 15;

    /// <summary>The SDL of each schema, by key.</summary>
    public static IReadOnlyDictionary<string, string> SchemaSources { get; } = new Dictionary<string, string>
    {
        ["harness"] = TestSchemas.HarnessSdl,
        ["spec"] = TestSchemas.SpecificationSdl,
        ["shop"] = TestSchemas.ShopSdl,
        ["boxes"] = TestSchemas.BoxesSdl,
    };

    /// <summary>Each schema, by key.</summary>
    public static IReadOnlyDictionary<string, GraphQLSchema> Schemas { get; } = new Dictionary<string, GraphQLSchema>
    {
        ["harness"] = TestSchemas.Harness,
        ["spec"] = TestSchemas.Specification,
        ["shop"] = TestSchemas.Shop,
        ["boxes"] = TestSchemas.Boxes,
    };

    /// <summary>Every case, names unique.</summary>
    public static IReadOnlyList<ValidationCase> All { get; } = Build();

    /// <summary>The case with the given name.</summary>
    public static ValidationCase Named(string name) => All.Single(c => c.Name == name);

    private static List<ValidationCase> Build()
    {
        List<ValidationCase> cases =
        [
            .. SpecificationExamples(),
            .. OperationAndFragmentCases(),
            .. FieldAndArgumentCases(),
            .. ValueCases(),
            .. VariableAndDirectiveCases(),
            .. MergingCases(),
            .. ShopCases(),
        ];
        foreach (var schemaKey in Schemas.Keys)
        {
            cases.AddRange(Generated(schemaKey));
        }

        return cases;
    }

    private static IEnumerable<ValidationCase> Generated(string schemaKey)
    {
        var seed = schemaKey.Length * 7919;
        var generator = new SchemaDocumentGenerator(Schemas[schemaKey], seed);
        var documents = new List<string>();
        for (var i = 0; i < GeneratedPerSchema; i++)
        {
            var document = generator.NextDocument();
            documents.Add(document);
            yield return new ValidationCase($"{schemaKey}/generated/{i}", schemaKey, document);
        }

        var mutator = new TokenMutator(seed + 1);
        var mutated = 0;
        for (var attempt = 0; mutated < MutatedPerSchema && attempt < MutatedPerSchema * 20; attempt++)
        {
            var document = mutator.Mutate(documents[attempt % documents.Count]);
            if (Parses(document))
            {
                yield return new ValidationCase($"{schemaKey}/mutated/{mutated++}", schemaKey, document);
            }
        }

        // Character edits mostly break the syntax; the few documents that survive mean something else.
        var byteMutator = new SourceMutator(seed + 2);
        var byteMutated = 0;
        for (var attempt = 0; byteMutated < ByteMutatedPerSchema && attempt < ByteMutatedPerSchema * 200; attempt++)
        {
            var document = byteMutator.Mutate(documents[attempt % documents.Count]);
            if (Parses(document))
            {
                yield return new ValidationCase($"{schemaKey}/byte-mutated/{byteMutated++}", schemaKey, document);
            }
        }
    }

    private static bool Parses(string document)
    {
        try
        {
            Parser.Parse(document);
            return true;
        }
        catch (GraphQLError)
        {
            return false;
        }
    }

    private static ValidationCase Case(string name, string schema, string source) => new(name, schema, source);
}
