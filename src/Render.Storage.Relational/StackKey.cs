using System.Data.Common;
using Render.Model.Stacks;

namespace Render.Storage.Relational;

/// <summary>
/// A stack as a statement names its internal key: by id, looked up inside the statement itself,
/// or by a key already read (by a writer holding the stack's row lock, or a read that had to ask
/// whether the stack's box index is built).
/// </summary>
internal readonly struct StackKey
{
    private readonly StackId? _id;
    private readonly long _key;

    private StackKey(StackId? id, long key, bool boxIndexed) => (_id, _key, BoxIndexed) = (id, key, boxIndexed);

    /// <summary>Whether box queries may use the stack's built box index (see <see cref="IBuiltBoxIndex"/>).</summary>
    public bool BoxIndexed { get; }

    /// <summary>
    /// The stack of that id, looked up by the statement (a one-row subquery): no round trip of its
    /// own, and an unknown stack makes the key NULL, which selects nothing.
    /// </summary>
    public static StackKey Of(StackId stackId) => new(stackId, 0, boxIndexed: false);

    public static StackKey Of(long key, bool boxIndexed = false) => new(null, key, boxIndexed);

    /// <summary>The SQL of the key, its parameters (<c>@k</c>, or <c>@o</c>, <c>@p</c>, <c>@s</c>) added to <paramref name="command"/>.</summary>
    public string Sql(DbCommand command)
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
