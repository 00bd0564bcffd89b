using Render.Model.Stacks;

namespace Render.Model.Limits;

/// <summary>The checks of names that arrive in bodies rather than paths.</summary>
public sealed partial record InputLimits
{
    /// <summary>
    /// Refuses a stack id from a body (a rename's target) that a path could not name: render does
    /// not check it, and a stack renamed to owner <c>../..</c> could then be listed but never
    /// reached or deleted again. Null passes (the caller decides what an absent body means).
    /// </summary>
    /// <exception cref="RenderInputException">A name breaks render's name rules.</exception>
    public static void CheckStackId(StackId? id)
    {
        if (id is not null)
        {
            _ = StackId.Create(id.Owner, id.Project, id.Stack).GetValueOrThrow();
        }
    }
}
