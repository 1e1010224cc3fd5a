using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>
/// Lets a resolved value be a task, as graphql-js lets it be a promise: a synchronous resolver or a
/// property returning <see cref="Task{TResult}"/> is awaited instead of being taken for the value.
/// </summary>
internal static class TaskValues
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> ResultReaders = new();

    /// <summary>The value itself, or the awaited result when it is a task.</summary>
    public static ValueTask<object?> Resolve(object? value) =>
        value is Task task ? AwaitAsync(task) : new ValueTask<object?>(value);

    private static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return ResultReaders.GetOrAdd(task.GetType(), CompileResultReader)(task);
    }

    // Task<T>.Result through a compiled accessor; a plain Task has no result.
    private static Func<Task, object?> CompileResultReader(Type taskType)
    {
        var resultProperty = taskType.GetProperty(nameof(Task<object>.Result));
        if (resultProperty is null)
        {
            return static _ => null;
        }

        var task = Expression.Parameter(typeof(Task), "task");
        var result = Expression.Property(Expression.Convert(task, taskType), resultProperty);
        return Expression.Lambda<Func<Task, object?>>(Expression.Convert(result, typeof(object)), task).Compile();
    }
}
