using Render.Geometry.Numerics;
using Render.Geometry.Transforms;

namespace Render.Geometry.Meshes;

/// <summary>
/// The world box of a width×height tile under a transform, as render derives it (render-core.md §2):
/// <see cref="Sloppy"/> samples the borders (render's default everywhere), <see cref="FromMesh"/>
/// takes the vertices of the transform mesh. Both keep Java's integer semantics: the minimum is
/// truncated toward zero, not floored, and the maximum is that minimum plus the rounded-up extent.
/// </summary>
public static class BoundingBoxDerivation
{
    /// <summary>Border samples kept on the stack (two coordinates each: 8 KiB); larger tiles sample into arrays.</summary>
    private const int MaxStackPoints = 512;

    /// <summary>
    /// render's sloppy box: points along the four borders, (int) of the minimum, plus the ceiling of
    /// the extent. The x samples along the top and bottom span [0, w−1] but the bottom edge lies at
    /// y = h; the y samples along the sides span [0, h−1] but the right edge lies at x = w.
    /// </summary>
    public static WorldBox Sloppy(ICoordinateTransform transform, double width, double height, double meshCellSize)
    {
        ArgumentNullException.ThrowIfNull(transform);
        var numXs = (int)Math.Max(2, JavaMath.Round(width / meshCellSize));
        var numYs = (int)Math.Max(2, JavaMath.Round(height / meshCellSize));

        // A tile's borders are a few hundred points: on the stack, as the import derives a box
        // for every tile it receives and these were most of its garbage.
        var count = (2 * numXs) + (2 * numYs);
        var x = count <= MaxStackPoints ? stackalloc double[count] : new double[count];
        var y = count <= MaxStackPoints ? stackalloc double[count] : new double[count];
        var dx = (width - 1) / (numXs - 1);
        var n = 0;
        for (double xi = 0; xi < numXs; ++xi)
        {
            (x[n], y[n++]) = (xi * dx, 0);
            (x[n], y[n++]) = (xi * dx, height);
        }

        var dy = (height - 1) / (numYs - 1);
        for (double yi = 0; yi < numYs; ++yi)
        {
            (x[n], y[n++]) = (0, yi * dy);
            (x[n], y[n++]) = (width, yi * dy);
        }

        transform.ApplyInPlace(x, y);
        var (xMin, yMin, xMax, yMax) = Extent(x, y);
        var minX = JavaMath.ToInt(xMin);
        var minY = JavaMath.ToInt(yMin);
        return new WorldBox(minX, minY, minX + JavaMath.ToInt(Math.Ceiling(xMax - xMin)), minY + JavaMath.ToInt(Math.Ceiling(yMax - yMin)));
    }

    /// <summary>
    /// render's mesh-mode box (mpicbg.trakem2's TransformMesh bounding box): the extent of the mesh
    /// vertices, which sit at pixel centres, so it is usually 1 px smaller at the max side.
    /// </summary>
    public static WorldBox FromMesh(ICoordinateTransform transform, double width, double height, double meshCellSize)
    {
        ArgumentNullException.ThrowIfNull(transform);
        var mesh = TriangleMesh.ForTile(width, height, meshCellSize);
        var x = mesh.X.ToArray();
        var y = mesh.Y.ToArray();
        transform.ApplyInPlace(x.AsSpan(), y.AsSpan());
        var (xMin, yMin, xMax, yMax) = Extent(x, y);
        var fw = xMax - xMin;
        var fh = yMax - yMin;
        var w = JavaMath.ToInt(fw);
        var h = JavaMath.ToInt(fh);
        var minX = JavaMath.ToInt(xMin);
        var minY = JavaMath.ToInt(yMin);
        return new WorldBox(minX, minY, minX + (w == fw ? w : w + 1), minY + (h == fh ? h : h + 1));
    }

    // Java's loop: start from ±Double.MAX_VALUE, strict comparisons (NaN never wins).
    private static (double XMin, double YMin, double XMax, double YMax) Extent(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double xMin = double.MaxValue, yMin = double.MaxValue, xMax = -double.MaxValue, yMax = -double.MaxValue;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] < xMin)
            {
                xMin = x[i];
            }

            if (x[i] > xMax)
            {
                xMax = x[i];
            }

            if (y[i] < yMin)
            {
                yMin = y[i];
            }

            if (y[i] > yMax)
            {
                yMax = y[i];
            }
        }

        return (xMin, yMin, xMax, yMax);
    }
}
