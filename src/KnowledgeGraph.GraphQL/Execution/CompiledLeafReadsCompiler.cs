using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.GraphQL.Utilities;

namespace KnowledgeGraph.GraphQL.Execution;

/// <summary>Compiles <see cref="CompiledLeafReads"/>.</summary>
internal static class CompiledLeafReadsCompiler
{
    private static readonly MethodInfo BoxInt = typeof(SpecifiedScalars).GetMethod(nameof(SpecifiedScalars.BoxInt), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo BoxBool = typeof(JsValue).GetMethod(nameof(JsValue.Box), [typeof(bool)])!;
    private static readonly MethodInfo IsFinite = typeof(double).GetMethod(nameof(double.IsFinite), [typeof(double)])!;
    private static readonly MethodInfo SerializeScalar = typeof(GraphQLScalarType).GetMethod(nameof(GraphQLScalarType.Serialize))!;
    private static readonly MethodInfo SerializeEnum = typeof(GraphQLEnumType).GetMethod(nameof(GraphQLEnumType.Serialize))!;

    /// <summary>The reads for <paramref name="plan"/> on <paramref name="sourceType"/>, or null when no field qualifies.</summary>
    public static CompiledLeafReads? Compile(SelectionPlan plan, Type sourceType)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var values = Expression.Parameter(typeof(object?[]), "values");
        var stored = Expression.Variable(typeof(ulong), "stored");
        var typed = Expression.Variable(sourceType, "typed");
        var reads = new List<Expression>();
        var fields = plan.Fields;
        for (var i = 0; i < Math.Min(fields.Length, 64); i++)
        {
            var field = fields[i];
            if (field.IsTypeName)
            {
                reads.Add(Stored(Expression.Constant(field.ParentType.Name, typeof(object)), values, i, stored));
            }
            else if (Member(field, sourceType, typed) is { } read)
            {
                reads.Add(Store(field, read, values, i, stored));
            }
        }

        if (reads.Count == 0)
        {
            return null;
        }

        var body = Expression.Block(
            [stored, typed],
            Expression.Assign(typed, Expression.Convert(source, sourceType)),
            Expression.TryCatch(
                Expression.Block(typeof(void), reads),
                Expression.Catch(typeof(Exception), Expression.Empty())),
            stored);
        return Expression.Lambda<CompiledLeafReads>(body, source, values).Compile();
    }

    /// <summary>Whether compiled code could read the field from some CLR type: <c>__typename</c>, or a leaf read by the default resolver.</summary>
    public static bool MayRead(FieldPlan field) => field.IsTypeName || IsDefaultLeaf(field);

    private static bool IsDefaultLeaf(FieldPlan field) =>
        field.DefaultReader is not null && field.Field.Args.Count == 0
        && (field.Field.Type is GraphQLNonNull nonNull ? nonNull.OfType : field.Field.Type) is GraphQLScalarType or GraphQLEnumType;

    /// <summary>
    /// The member a leaf field reads, or null when the field must take the general path: it has a resolver
    /// or arguments, is not a leaf, or its member's type could hold a value completion treats specially
    /// (a task, JSON, an exception, anything typed as object).
    /// </summary>
    private static MemberExpression? Member(FieldPlan field, Type sourceType, ParameterExpression typed)
    {
        if (!IsDefaultLeaf(field))
        {
            return null;
        }

        var member = MemberAccessors.ReadableMember(sourceType, field.Field.Name);
        var memberType = member switch
        {
            PropertyInfo property => property.PropertyType,
            FieldInfo memberField => memberField.FieldType,
            _ => typeof(object),
        };
        var plainType = Nullable.GetUnderlyingType(memberType) ?? memberType;
        if (plainType == typeof(object) || plainType == typeof(JsonElement) || typeof(Task).IsAssignableFrom(plainType)
            || typeof(Exception).IsAssignableFrom(plainType) || plainType.IsInterface || plainType.IsGenericTypeDefinition)
        {
            return null;
        }

        return member is PropertyInfo read ? Expression.Property(typed, read) : Expression.Field(typed, (FieldInfo)member!);
    }

    /// <summary>
    /// Built-in scalars whose value is already serialized: <c>if (present) store(boxed)</c>; other leaves:
    /// <c>if (present &amp;&amp; serialize(value) is { } s) store(s)</c>.
    /// </summary>
    private static BlockExpression Store(FieldPlan field, MemberExpression read, ParameterExpression values, int index, ParameterExpression stored)
    {
        var value = Expression.Variable(read.Type, "value");
        var nullable = Nullable.GetUnderlyingType(read.Type) is not null;
        Expression plain = nullable ? Expression.Property(value, "Value") : value;
        Expression present = nullable ? Expression.Property(value, "HasValue")
            : read.Type.IsValueType ? Expression.Constant(true)
            : Expression.NotEqual(value, Expression.Constant(null, read.Type));

        Expression store;
        if (AsIs(field.Leaf, plain) is { } asIs)
        {
            if (plain.Type == typeof(double))
            {
                present = Expression.AndAlso(present, Expression.Call(IsFinite, plain));
            }

            store = Stored(asIs, values, index, stored);
        }
        else
        {
            var named = field.Field.Type is GraphQLNonNull nonNull ? nonNull.OfType : field.Field.Type;
            var serialized = Expression.Variable(typeof(object), "serialized");
            var boxed = Expression.Convert(plain, typeof(object));
            Expression serialize = named is GraphQLScalarType scalar
                ? Expression.Call(Expression.Constant(scalar), SerializeScalar, boxed)
                : Expression.Convert(Expression.Call(Expression.Constant((GraphQLEnumType)named), SerializeEnum, boxed), typeof(object));
            store = Expression.Block(
                [serialized],
                Expression.Assign(serialized, serialize),
                Expression.IfThen(Expression.NotEqual(serialized, Expression.Constant(null)), Stored(serialized, values, index, stored)));
        }

        return Expression.Block([value], Expression.Assign(value, read), Expression.IfThen(present, store));
    }

    /// <summary>The boxed value when a built-in scalar serializes <paramref name="plain"/>'s type as it is, else null.</summary>
    private static Expression? AsIs(LeafShortcut leaf, Expression plain) => (leaf, plain.Type) switch
    {
        (LeafShortcut.Text, var type) when type == typeof(string) => plain,
        (LeafShortcut.Int, var type) when type == typeof(int) => Expression.Call(BoxInt, plain),
        (LeafShortcut.Boolean, var type) when type == typeof(bool) => Expression.Call(BoxBool, plain),
        (LeafShortcut.Float, var type) when type == typeof(double) => Expression.Convert(plain, typeof(object)),
        _ => null,
    };

    /// <summary><c>values[index] = value; stored |= bit</c>.</summary>
    private static BlockExpression Stored(Expression value, ParameterExpression values, int index, ParameterExpression stored) =>
        Expression.Block(
            Expression.Assign(Expression.ArrayAccess(values, Expression.Constant(index)), value),
            Expression.OrAssign(stored, Expression.Constant(1UL << index)));
}
