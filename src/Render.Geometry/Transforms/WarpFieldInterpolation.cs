namespace Render.Geometry.Transforms;

/// <summary>
/// How an <see cref="AffineWarpField"/> reads its grid between cell centres: the imglib2
/// interpolator factories render names in the data string.
/// </summary>
public enum WarpFieldInterpolation
{
    /// <summary><c>net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory</c>: bilinear (render's default).</summary>
    NLinear,

    /// <summary><c>net.imglib2.interpolation.randomaccess.NearestNeighborInterpolatorFactory</c>: the nearest cell.</summary>
    NearestNeighbor,

    /// <summary><c>net.imglib2.interpolation.randomaccess.FloorInterpolatorFactory</c>: the cell at the floored position.</summary>
    Floor,
}
