using Render.Geometry.Transforms;

namespace Render.Geometry.Meshes;

/// <summary>
/// A transform approximated by one affine per mesh triangle (mpicbg's <c>CoordinateTransformMesh</c>):
/// how render maps world points back to tile-local ones through transform lists that have no
/// analytic inverse. The inverse uses the first triangle (in creation order) whose mapped triangle
/// contains the point; its orientation test is one-sided, so a mirroring transform never contains
/// a point and has no inverse, as in render.
/// </summary>
/// <remarks>
/// mpicbg searches its triangles in hash-map order, which varies from run to run and only matters
/// for points on shared edges (results differ by rounding). We use creation order, deterministically.
/// </remarks>
public sealed class CoordinateTransformMesh : IInvertibleCoordinateTransform
{
    private readonly TriangleMesh _mesh;
    private readonly double[] _targetX;
    private readonly double[] _targetY;
    private readonly AffineModel2D[] _affines;

    /// <summary>Lays the tile mesh over a width×height source and maps its vertices with <paramref name="transform"/>.</summary>
    public CoordinateTransformMesh(ICoordinateTransform transform, double width, double height, double meshCellSize)
    {
        ArgumentNullException.ThrowIfNull(transform);
        MeshCellSize = meshCellSize;
        _mesh = TriangleMesh.ForTile(width, height, meshCellSize);
        _targetX = _mesh.X.ToArray();
        _targetY = _mesh.Y.ToArray();
        transform.ApplyInPlace(_targetX.AsSpan(), _targetY.AsSpan());
        _affines = new AffineModel2D[_mesh.TriangleCount];
        Span<double> weights = [_mesh.VertexWeight, _mesh.VertexWeight, _mesh.VertexWeight];
        Span<double> px = stackalloc double[3], py = stackalloc double[3], qx = stackalloc double[3], qy = stackalloc double[3];
        for (var t = 0; t < _affines.Length; t++)
        {
            for (var k = 0; k < 3; k++)
            {
                var v = _mesh.Triangles[(3 * t) + k];
                (px[k], py[k], qx[k], qy[k]) = (_mesh.X[v], _mesh.Y[v], _targetX[v], _targetY[v]);
            }

            // mpicbg keeps the identity for a triangle it cannot fit (a degenerate mapped triangle).
            _affines[t] = AffineModel2D.Fit(px, py, qx, qy, weights) ?? AffineModel2D.Identity;
        }
    }

    /// <summary>The cell size the mesh was laid out for.</summary>
    public double MeshCellSize { get; }

    /// <summary>The mesh over the source.</summary>
    public TriangleMesh Mesh => _mesh;

    /// <summary>Maps a source point with the affine of the first source triangle containing it; points outside every triangle are left unchanged, as in mpicbg.</summary>
    public void ApplyInPlace(ref double x, ref double y)
    {
        var t = FindTriangle(_mesh.X, _mesh.Y, x, y);
        if (t >= 0)
        {
            _affines[t].ApplyInPlace(ref x, ref y);
        }
    }

    /// <summary>Maps a target point back with the inverse affine of the first mapped triangle containing it.</summary>
    /// <exception cref="NoninvertibleTransformException">No mapped triangle contains the point.</exception>
    public void ApplyInverseInPlace(ref double x, ref double y)
    {
        var t = FindTriangle(_targetX, _targetY, x, y);
        if (t < 0)
        {
            throw new NoninvertibleTransformException(FormattableString.Invariant($"Noninvertible location ( {x}, {y} )"));
        }

        _affines[t].ApplyInverseInPlace(ref x, ref y);
    }

    /// <summary>
    /// The first triangle containing (x, y) by mpicbg's test: for each edge a→b (in the triangle's
    /// vertex order) the cross product (b − a) × (p − a) must not be negative.
    /// </summary>
    private int FindTriangle(ReadOnlySpan<double> vx, ReadOnlySpan<double> vy, double x, double y)
    {
        var triangles = _mesh.Triangles;
        for (var t = 0; t < triangles.Length; t += 3)
        {
            if (Contains(vx, vy, triangles[t], triangles[t + 1], x, y)
                && Contains(vx, vy, triangles[t + 1], triangles[t + 2], x, y)
                && Contains(vx, vy, triangles[t + 2], triangles[t], x, y))
            {
                return t / 3;
            }
        }

        return -1;
    }

    private static bool Contains(ReadOnlySpan<double> vx, ReadOnlySpan<double> vy, int a, int b, double x, double y)
    {
        var x1 = vx[b] - vx[a];
        var y1 = vy[b] - vy[a];
        var x2 = x - vx[a];
        var y2 = y - vy[a];
        return !((x1 * y2) - (y1 * x2) < 0);
    }
}
