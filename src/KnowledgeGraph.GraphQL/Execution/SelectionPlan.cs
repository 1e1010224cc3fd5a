using System.Collections.Concurrent;
using KnowledgeGraph.GraphQL.Types;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// The fields collected for one object type from one or more selection sets (graphql-js's
/// <c>collectFields</c> result), in response order, each with what executing it needs. Built once per
/// (selection, runtime type) and reused for every object of that type, across requests when the
/// operation has no variable-dependent <c>@skip</c>/<c>@include</c>.
/// </summary>
internal sealed class SelectionPlan(GraphQLObjectType type, FieldPlan[] fields, bool isShared)
{
    /// <summary>Objects a shared plan completes before its leaf reads are compiled: compiling costs far more than one object.</summary>
    private const int CompileAfter = 64;

    private readonly ConcurrentDictionary<Type, CompiledLeafReads?> _compiled = new();
    private int _completed;
    private TypedReads? _last;

    /// <summary>The object type the fields were collected for.</summary>
    public GraphQLObjectType Type { get; } = type;

    /// <summary>The fields by response name, in order.</summary>
    public FieldPlan[] Fields { get; } = fields;

    /// <summary>Whether any field could be read by compiled code: shared plans only, with a leaf read by the default resolver or <c>__typename</c>.</summary>
    private readonly bool _mayCompile = isShared && Array.Exists(fields, CompiledLeafReadsCompiler.MayRead);

    /// <summary>The bits <see cref="CompiledLeafReads"/> returns when it stored every field.</summary>
    public ulong AllFields { get; } = fields.Length >= 64 ? ulong.MaxValue : (1UL << fields.Length) - 1;

    /// <summary>
    /// The compiled leaf reads for source values of <paramref name="sourceType"/>, once this plan is shared
    /// across requests and has completed enough objects; null before, or when no field qualifies.
    /// </summary>
    public CompiledLeafReads? LeafReadsFor(Type sourceType)
    {
        // One object holds the type and its reads, so a reader never pairs one type with another's reads.
        var last = Volatile.Read(ref _last);
        if (last is not null && ReferenceEquals(last.Type, sourceType))
        {
            return last.Reads;
        }

        if (!_mayCompile || ++_completed < CompileAfter)
        {
            return null;
        }

        var reads = _compiled.GetOrAdd(sourceType, static (t, plan) => CompiledLeafReadsCompiler.Compile(plan, t), this);
        Volatile.Write(ref _last, new TypedReads(sourceType, reads));
        return reads;
    }

    private sealed record TypedReads(Type Type, CompiledLeafReads? Reads);
}
