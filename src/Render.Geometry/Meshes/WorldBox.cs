namespace Render.Geometry.Meshes;

/// <summary>A tile's box in world space, as render stores it: whole numbers in doubles.</summary>
/// <param name="MinX">Minimum x.</param>
/// <param name="MinY">Minimum y.</param>
/// <param name="MaxX">Maximum x.</param>
/// <param name="MaxY">Maximum y.</param>
public readonly record struct WorldBox(double MinX, double MinY, double MaxX, double MaxY);
