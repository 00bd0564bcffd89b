using System.Runtime.CompilerServices;
using Render.Geometry.Numerics;

namespace Render.Imaging.Mapping;

/// <summary>
/// render's RenderTransformMeshMappingWithMasks.map: every target pixel of each triangle's
/// rounded bounding box that passes render's orientation-agnostic inside test is mapped back
/// through the triangle's inverse affine. Triangles are visited in mesh order, so where edges
/// are shared the later triangle wins as in render's single-threaded mapping; parallelism is over
/// bands of target rows, each visiting all triangles in order, which keeps that result exact.
/// </summary>
internal static class MeshMapping
{
    /// <summary>Maps <paramref name="mesh"/> onto a target of the given size with up to <paramref name="threads"/> threads.</summary>
    public static void Map<TMapper>(RenderMesh mesh, int targetWidth, int targetHeight, TMapper mapper, int threads)
        where TMapper : struct, IPixelMapper
    {
        var bands = Math.Clamp(Math.Min(threads * 4, targetHeight / 16), 1, 256);
        if (bands == 1 || threads <= 1)
        {
            MapRows(mesh, targetWidth, targetHeight, 0, targetHeight, mapper);
            return;
        }

        var rowsPerBand = (targetHeight + bands - 1) / bands;
        Parallel.For(0, bands, new ParallelOptions { MaxDegreeOfParallelism = threads }, band =>
            MapRows(mesh, targetWidth, targetHeight, band * rowsPerBand, Math.Min(targetHeight, (band + 1) * rowsPerBand), mapper));
    }

    private static void MapRows<TMapper>(RenderMesh mesh, int targetWidth, int targetHeight, int firstRow, int endRow, TMapper mapper)
        where TMapper : struct, IPixelMapper
    {
        var v = mesh.Vertices;
        var inv = mesh.Inverses;
        for (var t = 0; t < mesh.TriangleCount; t++)
        {
            if (!mesh.Invertible[t])
            {
                continue;
            }

            var o = 6 * t;
            double ax = v[o], ay = v[o + 1], bx = v[o + 2], by = v[o + 3], cx = v[o + 4], cy = v[o + 5];
            var minY = Math.Max(Math.Max(0, firstRow), JavaMath.RoundPos(Math.Min(ay, Math.Min(by, cy))));
            var maxY = Math.Min(Math.Min(targetHeight, endRow) - 1, JavaMath.RoundPos(Math.Max(ay, Math.Max(by, cy))));
            if (minY > maxY)
            {
                continue;
            }

            var minX = Math.Max(0, JavaMath.RoundPos(Math.Min(ax, Math.Min(bx, cx))));
            var maxX = Math.Min(targetWidth - 1, JavaMath.RoundPos(Math.Max(ax, Math.Max(bx, cx))));
            if (minX > maxX)
            {
                continue;
            }

            var inverse = new InverseAffine(inv[o], inv[o + 1], inv[o + 2], inv[o + 3], inv[o + 4], inv[o + 5]);
            if (!TriangleRows.IsExact(ax, ay, bx, by, cx, cy))
            {
                MapBox(ax, ay, bx, by, cx, cy, new ColumnRun(minX, maxX), minY, maxY, targetWidth, inverse, mapper);
                continue;
            }

            var rows = new TriangleRows(ax, ay, bx, by, cx, cy);
            for (var y = minY; y <= maxY; y++)
            {
                rows.Spans(y, minX, maxX, out var first, out var second);
                MapRun(first, y, targetWidth, inverse, mapper);
                MapRun(second, y, targetWidth, inverse, mapper);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MapRun<TMapper>(ColumnRun run, int y, int targetWidth, InverseAffine inverse, TMapper mapper)
        where TMapper : struct, IPixelMapper
    {
        var row = inverse.Row(y);
        var rowStart = y * targetWidth;
        var x = run.Start;
        if (TMapper.MapsFour)
        {
            for (; x + 3 <= run.End; x += 4)
            {
                if (!mapper.TryMapFour(row, x, rowStart + x))
                {
                    MapEach(mapper, row, x, x + 3, rowStart);
                }
            }
        }

        MapEach(mapper, row, x, run.End, rowStart);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void MapEach<TMapper>(TMapper mapper, in InverseAffineRow row, int start, int end, int rowStart)
        where TMapper : struct, IPixelMapper
    {
        for (var x = start; x <= end; x++)
        {
            mapper.Map(row.SourceX(x), row.SourceY(x), rowStart + x);
        }
    }

    /// <summary>render's loop as it is: the inside test at every pixel of the box (for triangles too large for <see cref="TriangleRows"/>).</summary>
    private static void MapBox<TMapper>(
        double ax, double ay, double bx, double by, double cx, double cy, ColumnRun box, int minY, int maxY, int targetWidth, InverseAffine inverse, TMapper mapper)
        where TMapper : struct, IPixelMapper
    {
        for (var y = minY; y <= maxY; y++)
        {
            for (var x = box.Start; x <= box.End; x++)
            {
                if (IsInTriangle(ax, ay, bx, by, cx, cy, x, y))
                {
                    MapRun(new ColumnRun(x, x), y, targetWidth, inverse, mapper);
                }
            }
        }
    }

    /// <summary>
    /// render's <c>isInTriangle</c>: the sign of (b − a)×(t − a) must agree with the signs for the
    /// other two edges (zero counts as non-negative), whatever the triangle's orientation.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsInTriangle(double ax, double ay, double bx, double by, double cx, double cy, double tx, double ty)
    {
        var d = ((bx - ax) * (ty - ay)) - ((by - ay) * (tx - ax)) < 0;
        return d == (((cx - bx) * (ty - by)) - ((cy - by) * (tx - bx)) < 0)
            && d == (((ax - cx) * (ty - cy)) - ((ay - cy) * (tx - cx)) < 0);
    }
}
