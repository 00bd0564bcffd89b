using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// Evaluation in mpicbg's exact order. Each order's terms come from the previous order's:
/// x<sup>o−p</sup>y<sup>p</sup> = (x<sup>o−1−p</sup>y<sup>p</sup>)·x for p &lt; o and y<sup>o</sup> = y<sup>o−1</sup>·y, and the sums run
/// x' = a0 + t0·a1 + t1·a2 + ... in increasing k, with no fused multiply-add. Only one order's terms are
/// live at a time. One kernel serves single points and vectors of four, so both agree bitwise.
/// </summary>
public sealed partial class PolynomialTransform2D
{
    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y) =>
        PointKernelIterator.ApplyInPlace(new Kernel(this), ref x, ref y);

    /// <summary>Maps every point in place, four at a time with 256-bit vectors; bitwise equal to the single-point method.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void ApplyInPlace(Span<double> x, Span<double> y) =>
        PointKernelIterator.ApplyInPlace(new Kernel(this), x, y);

    /// <summary>
    /// The evaluation: <paramref name="a"/> holds the coefficients as lanes (x ones, then y ones from
    /// TermCount), <paramref name="row"/> is scratch for one order's terms (Order + 1 long).
    /// </summary>
    private (T X, T Y) Evaluate<T>(T x, T y, ReadOnlySpan<T> a, Span<T> row)
        where T : unmanaged, IDoubleLanes<T>
    {
        if (Order == 2)
        {
            return EvaluateOrderTwo(x, y, a);
        }

        var yOffset = TermCount;
        var u = a[0];
        var v = a[yOffset];
        var k = 1;
        for (var o = 1; o <= Order; o++)
        {
            if (o == 1)
            {
                row[0] = x;
                row[1] = y;
            }
            else
            {
                row[o] = row[o - 1] * y;
                for (var p = o - 1; p >= 0; p--)
                {
                    row[p] *= x;
                }
            }

            for (var p = 0; p <= o; p++, k++)
            {
                u += row[p] * a[k];
                v += row[p] * a[yOffset + k];
            }
        }

        return (u, v);
    }

    /// <summary>
    /// Order 2, the usual one, written out: the same terms (x, y, x·x, y·x, y·y) and the same sums as the
    /// loop, without its bookkeeping, which costs more than the arithmetic here.
    /// </summary>
    private static (T X, T Y) EvaluateOrderTwo<T>(T x, T y, ReadOnlySpan<T> a)
        where T : unmanaged, IDoubleLanes<T>
    {
        var xx = x * x;
        var yx = y * x;
        var yy = y * y;
        var u = a[0] + (x * a[1]) + (y * a[2]) + (xx * a[3]) + (yx * a[4]) + (yy * a[5]);
        var v = a[6] + (x * a[7]) + (y * a[8]) + (xx * a[9]) + (yx * a[10]) + (yy * a[11]);
        return (u, v);
    }

    /// <summary>This polynomial as a kernel for <see cref="PointKernelIterator"/>.</summary>
    private readonly struct Kernel(PolynomialTransform2D polynomial) : IPointKernel
    {
        // Only the coefficients evaluation reads: extra ones from a long data string are left out.
        public ReadOnlySpan<double> Parameters => polynomial._coefficients.AsSpan(0, 2 * polynomial.TermCount);

        public int ScratchLength => polynomial.Order + 1;

        public (T X, T Y) Map<T>(T x, T y, ReadOnlySpan<T> parameters, Span<T> scratch)
            where T : unmanaged, IDoubleLanes<T> =>
            polynomial.Evaluate(x, y, parameters, scratch);
    }
}
