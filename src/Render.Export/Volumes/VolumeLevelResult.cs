namespace Render.Export.Volumes;

/// <summary>What a run did for its part of one level.</summary>
/// <param name="Level">The level (0 is full scale).</param>
/// <param name="ItemsDone">Work items (render boxes or blocks) written by this run.</param>
/// <param name="ItemsKept">Work items whose blocks all existed.</param>
/// <param name="Voxels">Voxels written (for throughput figures).</param>
public sealed record VolumeLevelResult(int Level, int ItemsDone, int ItemsKept, long Voxels);
