namespace Render.Imaging.Sampling;

/// <summary>Where a sampler reads: the index of the (lower-left) pixel and the bilinear fractions (0 for nearest).</summary>
/// <param name="Offset">The row-major index of the pixel read, or of the cell's lower-left pixel.</param>
/// <param name="Fx">The fraction of the way to the next column.</param>
/// <param name="Fy">The fraction of the way to the next row.</param>
internal readonly record struct SourceCell(int Offset, double Fx, double Fy);
