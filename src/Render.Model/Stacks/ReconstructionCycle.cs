namespace Render.Model.Stacks;

/// <summary>The alignment cycle and step a stack version belongs to (render's ReconstructionCycle).</summary>
/// <param name="Number">The cycle number; null when unset.</param>
/// <param name="StepNumber">The step within the cycle; null when unset.</param>
public sealed record ReconstructionCycle(int? Number = null, int? StepNumber = null);
