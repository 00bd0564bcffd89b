namespace Render.Model;

/// <summary>A box in world space; every side is optional (render's <c>Bounds</c>).</summary>
/// <param name="MinX">Minimum x.</param>
/// <param name="MinY">Minimum y.</param>
/// <param name="MinZ">Minimum z.</param>
/// <param name="MaxX">Maximum x.</param>
/// <param name="MaxY">Maximum y.</param>
/// <param name="MaxZ">Maximum z.</param>
public sealed record Bounds(
    double? MinX = null,
    double? MinY = null,
    double? MinZ = null,
    double? MaxX = null,
    double? MaxY = null,
    double? MaxZ = null);
