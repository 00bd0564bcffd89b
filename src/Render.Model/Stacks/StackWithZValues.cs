namespace Render.Model.Stacks;

/// <summary>A stack and some of its layers.</summary>
/// <param name="StackId">The stack.</param>
/// <param name="ZValues">The layers; null means none.</param>
public sealed record StackWithZValues(StackId StackId, IReadOnlyList<double>? ZValues = null)
{
    /// <summary>The layers.</summary>
    public IReadOnlyList<double> ZValues { get; init; } = ZValues ?? [];
}
