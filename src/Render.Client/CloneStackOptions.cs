using Render.Model.Stacks;

namespace Render.Client;

/// <summary>What <see cref="StacksClient.CloneAsync"/> copies.</summary>
/// <param name="ZValues">Only these layers, or every layer when null.</param>
/// <param name="SkipTransforms">Copy the tiles without their transforms.</param>
/// <param name="Version">The metadata of the new stack (an empty version when null).</param>
public sealed record CloneStackOptions(
    IReadOnlyList<double>? ZValues = null,
    bool SkipTransforms = false,
    StackVersion? Version = null);
