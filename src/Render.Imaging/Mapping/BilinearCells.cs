using System.Runtime.Intrinsics;

namespace Render.Imaging.Mapping;

/// <summary>Four bilinear source cells (see <see cref="BilinearGrayVectors"/>): lower-left pixel indices and fractions.</summary>
/// <param name="Offsets">The row-major index of each cell's lower-left pixel.</param>
/// <param name="Fx">The fraction of the way to the next column.</param>
/// <param name="Fy">The fraction of the way to the next row.</param>
internal readonly record struct BilinearCells(Vector128<int> Offsets, Vector256<double> Fx, Vector256<double> Fy);
