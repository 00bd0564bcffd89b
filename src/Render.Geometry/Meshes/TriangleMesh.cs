using Render.Geometry.Numerics;

namespace Render.Geometry.Meshes;

/// <summary>
/// The triangle mesh mpicbg's <c>TransformMesh</c> (and render's <c>RenderTransformMesh</c>) lays
/// over a width×height source: rows of vertices at pixel centres [0, w−1]×[0, h−1], every other
/// row shifted by half a cell, and triangles between them. Vertices and triangles are kept in
/// mpicbg's creation order, and each triangle's vertices in mpicbg's order, because the order
/// decides which triangle a point on a shared edge belongs to.
/// </summary>
public sealed class TriangleMesh
{
    private readonly double[] _x;
    private readonly double[] _y;
    private readonly int[] _triangles;

    private TriangleMesh(int columns, int rows, double width, double height)
    {
        Columns = Math.Max(2, columns);
        Rows = Math.Max(2, rows);
        Width = width;
        Height = height;
        VertexWeight = width * height / Columns / Rows;
        var vertexCount = (Columns * Rows) + ((Columns - 1) * (Rows - 1));
        _x = new double[vertexCount];
        _y = new double[vertexCount];
        _triangles = new int[3 * 4 * (Columns - 1) * (Rows - 1)];
        Build();
    }

    /// <summary>Vertices per full row (mpicbg's numXs).</summary>
    public int Columns { get; }

    /// <summary>Full rows (mpicbg's numYs).</summary>
    public int Rows { get; }

    /// <summary>The source width.</summary>
    public double Width { get; }

    /// <summary>The source height.</summary>
    public double Height { get; }

    /// <summary>The weight mpicbg gives each vertex when fitting triangle affines: width·height/columns/rows.</summary>
    public double VertexWeight { get; }

    /// <summary>Source x of each vertex, in creation order.</summary>
    public ReadOnlySpan<double> X => _x;

    /// <summary>Source y of each vertex, in creation order.</summary>
    public ReadOnlySpan<double> Y => _y;

    /// <summary>Three vertex indices per triangle, in creation order.</summary>
    public ReadOnlySpan<int> Triangles => _triangles;

    /// <summary>The number of vertices.</summary>
    public int VertexCount => _x.Length;

    /// <summary>The number of triangles.</summary>
    public int TriangleCount => _triangles.Length / 3;

    /// <summary>The mesh render lays over a tile: (int)(width / meshCellSize + 0.5) columns and the rows that make near-equilateral triangles.</summary>
    public static TriangleMesh ForTile(double width, double height, double meshCellSize)
    {
        var columns = JavaMath.ToInt((width / meshCellSize) + 0.5);
        return Create(columns, RowCount(columns, width, height), width, height);
    }

    /// <summary>A mesh with the given vertex columns and rows (each at least 2).</summary>
    public static TriangleMesh Create(int columns, int rows, double width, double height) => new(columns, rows, width, height);

    /// <summary>mpicbg's <c>TransformMesh.numY</c>: rows for near-equilateral triangles.</summary>
    public static int RowCount(int columns, double width, double height)
    {
        var dx = width / (Math.Max(2, columns) - 1);
        var dy = 2.0 * Math.Sqrt(0.75 * dx * dx);
        return Math.Max(2, JavaMath.RoundPos(height / dy) + 1);
    }

    private void Build()
    {
        int numXs = Columns, numYs = Rows;
        var dy = (Height - 1) / (numYs - 1);
        var dx = (Width - 1) / (numXs - 1);
        var i = 0;
        var t = 0;
        for (var xi = 0; xi < numXs; ++xi)
        {
            Vertex(ref i, xi * dx, 0);
        }

        for (var yi = 1; yi < numYs; ++yi)
        {
            // The shifted ("odd") row between two full rows.
            var yip = (yi * dy) - (dy / 2);
            Triangle(ref t, i - numXs, i - numXs + 1, i);
            Vertex(ref i, dx - (dx / 2), yip);
            for (var xi = 2; xi < numXs; ++xi)
            {
                Triangle(ref t, i - numXs, i - numXs + 1, i);
                Triangle(ref t, i - numXs, i, i - 1);
                Vertex(ref i, (xi * dx) - (dx / 2), yip);
            }

            // The next full ("even") row.
            yip = yi * dy;
            Triangle(ref t, i - numXs + 1 - numXs, i - numXs + 1, i);
            Vertex(ref i, 0, yip);
            for (var xi = 1; xi < numXs - 1; ++xi)
            {
                Triangle(ref t, i - numXs, i, i - 1);
                Triangle(ref t, i - numXs, i - numXs + 1, i);
                Vertex(ref i, xi * dx, yip);
            }

            Triangle(ref t, i - 1, i - numXs, i);
            Triangle(ref t, i - numXs, i - numXs - numXs + 1, i);
            Vertex(ref i, Width - 1, yip);
        }
    }

    private void Vertex(ref int i, double x, double y)
    {
        _x[i] = x;
        _y[i] = y;
        i++;
    }

    private void Triangle(ref int t, int a, int b, int c)
    {
        _triangles[t++] = a;
        _triangles[t++] = b;
        _triangles[t++] = c;
    }
}
