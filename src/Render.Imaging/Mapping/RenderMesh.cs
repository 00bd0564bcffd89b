using Render.Geometry.Meshes;
using Render.Geometry.Transforms;

namespace Render.Imaging.Mapping;

/// <summary>
/// render's RenderTransformMesh after <c>updateAffines</c>: the triangle mesh laid over a mipmap,
/// its vertices mapped into the target, and per triangle the target vertices and the inverse of
/// the affine fitted (with unit weights, as render does) from the source to the target triangle.
/// Triangles keep render's creation order and vertex order, which decide who owns shared edges.
/// </summary>
public sealed class RenderMesh
{
    private RenderMesh(double[] vertices, double[] inverses, bool[] invertible)
    {
        Vertices = vertices;
        Inverses = inverses;
        Invertible = invertible;
    }

    /// <summary>Six numbers per triangle: target ax, ay, bx, by, cx, cy.</summary>
    internal double[] Vertices { get; }

    /// <summary>Six numbers per triangle: the inverse affine i00, i01, i02, i10, i11, i12.</summary>
    internal double[] Inverses { get; }

    /// <summary>False for a triangle whose fitted affine has no inverse (render skips it).</summary>
    internal bool[] Invertible { get; }

    /// <summary>The number of triangles.</summary>
    public int TriangleCount => Invertible.Length;

    /// <summary>
    /// Lays the mesh over a <paramref name="sourceWidth"/>×<paramref name="sourceHeight"/> source with
    /// <paramref name="columns"/> vertex columns (render: <c>(int)(fullScaleWidth / meshCellSize + 0.5)</c>,
    /// from the full-scale width even when the source is a mipmap) and maps it with <paramref name="transform"/>,
    /// the vertices split over up to <paramref name="threads"/> threads.
    /// </summary>
    public static RenderMesh Create(ICoordinateTransform transform, int columns, int sourceWidth, int sourceHeight, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(transform);
        var mesh = TriangleMesh.Create(columns, TriangleMesh.RowCount(columns, sourceWidth, sourceHeight), sourceWidth, sourceHeight);
        var tx = mesh.X.ToArray();
        var ty = mesh.Y.ToArray();
        ParallelTransform.ApplyInPlace(transform, tx, ty, threads);

        var count = mesh.TriangleCount;
        var vertices = new double[6 * count];
        var inverses = new double[6 * count];
        var invertible = new bool[count];
        ReadOnlySpan<double> unitWeights = [1.0, 1.0, 1.0];
        Span<double> px = stackalloc double[3], py = stackalloc double[3], qx = stackalloc double[3], qy = stackalloc double[3];
        var triangles = mesh.Triangles;
        for (var t = 0; t < count; t++)
        {
            for (var k = 0; k < 3; k++)
            {
                var v = triangles[(3 * t) + k];
                (px[k], py[k], qx[k], qy[k]) = (mesh.X[v], mesh.Y[v], tx[v], ty[v]);
                vertices[(6 * t) + (2 * k)] = tx[v];
                vertices[(6 * t) + (2 * k) + 1] = ty[v];
            }

            if (AffineModel2D.Fit(px, py, qx, qy, unitWeights) is { IsInvertible: true } affine)
            {
                var inverse = affine.CreateInverse();
                invertible[t] = true;
                inverses[6 * t] = inverse.M00;
                inverses[(6 * t) + 1] = inverse.M01;
                inverses[(6 * t) + 2] = inverse.M02;
                inverses[(6 * t) + 3] = inverse.M10;
                inverses[(6 * t) + 4] = inverse.M11;
                inverses[(6 * t) + 5] = inverse.M12;
            }
        }

        return new RenderMesh(vertices, inverses, invertible);
    }
}
