using Render.Model.Stacks;

namespace Render.Storage;

/// <summary>
/// A stack's metadata as read from the store, with the revision that every write to the stack
/// (metadata or data) increments. Conditional writes take the stored stack they were decided on and
/// fail when the revision has moved, so that concurrent requests (or servers) cannot interleave a
/// state check and a write.
/// </summary>
/// <param name="MetaData">The metadata.</param>
/// <param name="Revision">The write counter of the stack.</param>
public sealed record StoredStack(StackMetaData MetaData, long Revision)
{
    /// <summary>The stack's id.</summary>
    public StackId Id => MetaData.StackId;

    /// <summary>The stack's state.</summary>
    public StackState State => MetaData.State;
}
