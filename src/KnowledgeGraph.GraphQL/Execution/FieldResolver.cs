namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Computes a field's value. A resolver that finishes synchronously returns a completed
/// <see cref="ValueTask{TResult}"/> and costs no allocation; one that awaits may return a pending task.
/// Throwing (or faulting the task) turns into a field error; a thrown <see cref="Errors.GraphQLError"/>
/// keeps its message and extensions.
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);
