using System.Runtime.CompilerServices;

namespace Render.Imaging.Mapping;

/// <summary>
/// render's <c>isInTriangle</c> answered a row at a time: the pixels of row y that the per-pixel
/// test (<see cref="MeshMapping.IsInTriangle"/>) accepts, as at most two runs of columns, found by
/// evaluating that same test only near where each edge's sign changes.
/// </summary>
/// <remarks>
/// Exactness: for one edge and a fixed row the test computes <c>r − dy·(x − px)</c> in doubles, and
/// every step (a subtraction, a product with a constant, a subtraction from a constant) is a
/// correctly rounded monotone operation, so the computed sign is monotone in x even where it
/// differs from the exact sign. Each edge's "negative" columns are therefore a prefix or a suffix of
/// the row, and the test's two accepting cases (all three negative; none negative) are each an
/// intersection of such runs. The change of sign is located by an estimate and then walked to with
/// the test itself, so the estimate only decides the cost. This needs finite products, so it is
/// used only for triangles whose vertices satisfy <see cref="IsExact"/>.
/// </remarks>
internal readonly struct TriangleRows(double ax, double ay, double bx, double by, double cx, double cy)
{
    /// <summary>Vertex coordinates up to this size keep every edge term finite (products stay below 2^84).</summary>
    private const double MaxCoordinate = 1L << 40;

    /// <summary>Whether the row spans are exact for this triangle: every coordinate finite and at most 2^40 in size.</summary>
    public static bool IsExact(double ax, double ay, double bx, double by, double cx, double cy) =>
        Math.Abs(ax) <= MaxCoordinate && Math.Abs(ay) <= MaxCoordinate
        && Math.Abs(bx) <= MaxCoordinate && Math.Abs(by) <= MaxCoordinate
        && Math.Abs(cx) <= MaxCoordinate && Math.Abs(cy) <= MaxCoordinate;

    /// <summary>
    /// The columns of row <paramref name="y"/> within [<paramref name="minX"/>, <paramref name="maxX"/>]
    /// that are inside: <paramref name="first"/> then <paramref name="second"/>, in increasing x, each
    /// empty when its start exceeds its end (the second is almost always empty).
    /// </summary>
    public void Spans(int y, int minX, int maxX, out ColumnRun first, out ColumnRun second)
    {
        var negative = new ColumnRun(minX, maxX);
        var nonNegative = negative;
        Clip(ax, ay, bx, by, y, minX, maxX, ref negative, ref nonNegative);
        Clip(bx, by, cx, cy, y, minX, maxX, ref negative, ref nonNegative);
        Clip(cx, cy, ax, ay, y, minX, maxX, ref negative, ref nonNegative);
        (first, second) = negative.Start <= nonNegative.Start ? (negative, nonNegative) : (nonNegative, negative);
    }

    /// <summary>
    /// One edge term of render's test, in its evaluation order: is (q − p)×(t − p) negative for t = (x, y)?
    /// <paramref name="rowTerm"/> is (qx − px)·(y − py), the part that does not depend on x.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNegative(double rowTerm, double dy, double px, int x) => rowTerm - (dy * (x - px)) < 0;

    /// <summary>Narrows the all-negative and the none-negative runs by the edge from p to q.</summary>
    private static void Clip(double px, double py, double qx, double qy, int y, int minX, int maxX, ref ColumnRun negative, ref ColumnRun nonNegative)
    {
        var rowTerm = (qx - px) * (y - py);
        var dy = qy - py;
        if (dy == 0)
        {
            // The term is the same for every column.
            if (IsNegative(rowTerm, dy, px, minX))
            {
                nonNegative = ColumnRun.Empty;
            }
            else
            {
                negative = ColumnRun.Empty;
            }

            return;
        }

        var change = FirstChange(rowTerm, dy, px, minX, maxX);
        if (dy > 0)
        {
            // The term falls as x grows: negative from the change on.
            negative = negative.From(change);
            nonNegative = nonNegative.Before(change);
        }
        else
        {
            negative = negative.Before(change);
            nonNegative = nonNegative.From(change);
        }
    }

    /// <summary>
    /// The first column in [minX, maxX + 1] at which the edge term is on its far side (negative when
    /// dy &gt; 0, non-negative when dy &lt; 0), maxX + 1 when there is none.
    /// </summary>
    private static int FirstChange(double rowTerm, double dy, double px, int minX, int maxX)
    {
        var fallsNegative = dy > 0;
        var estimate = px + (rowTerm / dy);
        var x = !(estimate > minX) ? minX : !(estimate < maxX + 1.0) ? maxX + 1 : (int)Math.Ceiling(estimate);
        if (x > maxX || IsNegative(rowTerm, dy, px, x) == fallsNegative)
        {
            while (x > minX && IsNegative(rowTerm, dy, px, x - 1) == fallsNegative)
            {
                x--;
            }
        }
        else
        {
            do
            {
                x++;
            }
            while (x <= maxX && IsNegative(rowTerm, dy, px, x) != fallsNegative);
        }

        return x;
    }
}
