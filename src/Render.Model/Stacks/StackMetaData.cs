namespace Render.Model.Stacks;

/// <summary>Everything known about a stack besides its tiles: id, state, current version and stats.</summary>
/// <param name="StackId">The stack.</param>
/// <param name="State">The state (a new stack is loading).</param>
/// <param name="LastModifiedTimestamp">When the stack last changed.</param>
/// <param name="CurrentVersionNumber">The number of the current version (0 for a new stack).</param>
/// <param name="CurrentVersion">The current version.</param>
/// <param name="Stats">Derived when the stack is completed; null before.</param>
/// <param name="HierarchicalData">Tier data of hierarchical alignment stacks, or null.</param>
public sealed record StackMetaData(
    StackId StackId,
    StackState State = StackState.Loading,
    DateTimeOffset? LastModifiedTimestamp = null,
    int? CurrentVersionNumber = null,
    StackVersion? CurrentVersion = null,
    StackStats? Stats = null,
    HierarchicalStack? HierarchicalData = null);
