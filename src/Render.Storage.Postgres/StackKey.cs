using Npgsql;
using Render.Model.Stacks;

namespace Render.Storage.Postgres;

/// <summary>
/// A stack as a statement names its internal key: by id, looked up inside the statement itself,
/// or by a key already read (by a writer holding the stack's row lock).
/// </summary>
internal readonly struct StackKey
{
    private readonly StackId? _id;
    private readonly long _key;

    private StackKey(StackId? id, long key) => (_id, _key) = (id, key);

    /// <summary>
    /// The stack of that id, looked up by the statement (a one-row InitPlan): no round trip of its
    /// own, and an unknown stack makes the key NULL, which selects nothing.
    /// </summary>
    public static StackKey Of(StackId stackId) => new(stackId, 0);

    public static StackKey Of(long key) => new(null, key);

    /// <summary>The SQL of the key, its parameters (<c>@k</c>, or <c>@o</c>, <c>@p</c>, <c>@s</c>) added to <paramref name="command"/>.</summary>
    public string Sql(NpgsqlCommand command)
    {
        if (_id is null)
        {
            command.With("@k", _key);
            return "@k";
        }

        command.With("@o", _id.Owner).With("@p", _id.Project).With("@s", _id.Stack);
        return "(SELECT stack_key FROM stack WHERE owner = @o AND project = @p AND name = @s)";
    }
}
