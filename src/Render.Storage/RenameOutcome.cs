namespace Render.Storage;

/// <summary>The result of <see cref="IStackStore.RenameAsync"/>.</summary>
public enum RenameOutcome
{
    /// <summary>The stack was renamed.</summary>
    Renamed,

    /// <summary>The source stack changed since it was read; nothing was written.</summary>
    Conflict,

    /// <summary>A stack with the target id exists; nothing was written.</summary>
    TargetExists,
}
