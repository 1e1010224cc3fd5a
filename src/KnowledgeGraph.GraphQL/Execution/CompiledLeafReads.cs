namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Reads the leaves of one selection plan from one CLR type in a single compiled delegate: each field
/// the default resolver would read from a public property or field, of a built-in scalar type whose
/// serialized form is the property's own value (a string for <c>String</c>, an int for <c>Int</c>...),
/// plus <c>__typename</c>. The delegate stores those values into the result object and returns a bit
/// per field it stored; every other field, and any leaf whose value is null or not finite, is left to
/// the general path, which then reports errors in field order as usual. A getter that throws ends the
/// delegate early: the fields from there on go to the general path, which reports the exception.
/// </summary>
/// <param name="source">The object's value.</param>
/// <param name="values">The result object's values, one per field of the plan.</param>
/// <returns>A bit per field index (below 64) whose value was stored.</returns>
internal delegate ulong CompiledLeafReads(object source, object?[] values);
