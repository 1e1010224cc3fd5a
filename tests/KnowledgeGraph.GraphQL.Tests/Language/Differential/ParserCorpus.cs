namespace KnowledgeGraph.GraphQL.Tests.Language.Differential;

/// <summary>
/// The documents both parsers are run on: hand-written cases covering the grammar and every syntax
/// error, plus documents from <see cref="DocumentGenerator"/> and byte-level mutations of all of them
/// (<see cref="SourceMutator"/>), both from fixed seeds so every run sees the same corpus.
/// </summary>
public static partial class ParserCorpus
{
    private const int GeneratedDocuments = 150;
    private const int Mutations = 400;

    private static readonly Lazy<IReadOnlyList<ParseCase>> Cases = new(Build);

    public static IReadOnlyList<ParseCase> All => Cases.Value;

    public static ParseCase Named(string name) => All.Single(c => c.Name == name);

    private static List<ParseCase> Build()
    {
        var handWritten = Executable().Concat(TypeSystem()).Concat(Lexical()).Concat(SyntaxErrors()).Concat(EntryPoints()).ToList();
        var generator = new DocumentGenerator(seed: 20240611);
        var generated = Enumerable.Range(0, GeneratedDocuments)
            .Select(i => new ParseCase($"generated {i:000}", generator.NextDocument()))
            .ToList();

        var mutator = new SourceMutator(seed: 16);
        var originals = handWritten.Where(c => c.Kind == "document" && c.Options is null).Concat(generated).ToList();
        var mutated = Enumerable.Range(0, Mutations)
            .Select(i =>
            {
                var original = originals[i % originals.Count];
                return new ParseCase($"mutation {i:000} of {original.Name}", mutator.Mutate(original.Source));
            });

        return [.. handWritten, .. generated, .. mutated];
    }
}
