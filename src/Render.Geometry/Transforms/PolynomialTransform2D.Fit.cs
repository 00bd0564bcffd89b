using Render.Geometry.Fitting;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>Weighted least-squares fitting (render has none; render-python fits by total least squares).</summary>
public sealed partial class PolynomialTransform2D
{
    /// <summary>The highest order <see cref="Fit"/> accepts; beyond it monomials are numerically meaningless.</summary>
    public const int MaxFitOrder = 20;

    /// <summary>
    /// The polynomial of <paramref name="order"/> that maps p to q with the least weighted squared error,
    /// x' and y' fitted independently on the same monomials.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The points are centred and scaled to about [−1, 1] per axis (and the targets centred), fitted by
    /// Householder QR (<see cref="LeastSquares"/>), and the coefficients re-expanded exactly to raw
    /// coordinates, so fits of order 2 to 5 on coordinates of 10⁴ to 10⁵ keep their accuracy.
    /// </para>
    /// <para>
    /// Deviations from render-python's <c>Polynomial2DTransform.fit</c>, deliberately: ordinary (weighted)
    /// least squares per axis instead of a total-least-squares SVD over both axes, which minimises the
    /// error of the targets as mpicbg's models do; and a minimum of TermCount pairs (what determines the
    /// coefficients of one axis) instead of twice that. No exactness test and retries (render-python's
    /// <c>estimate</c>): a fit is deterministic.
    /// </para>
    /// </remarks>
    /// <exception cref="FitException">The order is outside 0..<see cref="MaxFitOrder"/>, there are too few
    /// pairs, a value is not finite, or the points are degenerate for this order (e.g. collinear).</exception>
    public static PolynomialTransform2D Fit(PointPairs pairs, int order)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (order is < 0 or > MaxFitOrder)
        {
            throw new FitException($"a PolynomialTransform2D fit needs an order from 0 to {MaxFitOrder}, got {order}");
        }

        var terms = TermCountOf(order);
        var model = $"an order-{order} PolynomialTransform2D";
        pairs.RequireAtLeast(terms, model);
        PointPairChecks.RequireFiniteAndWeighted(pairs, model);

        var fromX = AxisConditioning.Of(pairs.Px);
        var fromY = AxisConditioning.Of(pairs.Py);
        var toX = AxisConditioning.Of(pairs.Qx).Centre;
        var toY = AxisConditioning.Of(pairs.Qy).Centre;
        var problem = new LeastSquares(terms, 2);
        var row = new double[terms];
        Span<double> targets = stackalloc double[2];
        for (var i = 0; i < pairs.Count; i++)
        {
            WriteMonomials(fromX.Apply(pairs.Px[i]), fromY.Apply(pairs.Py[i]), order, row);
            targets[0] = pairs.Qx[i] - toX;
            targets[1] = pairs.Qy[i] - toY;
            problem.AddRow(row, targets, pairs.Weights[i]);
        }

        var solution = new double[2 * terms];
        if (!problem.TrySolve(solution, out var rank))
        {
            throw new FitException($"the points do not determine {model}: they are degenerate for this order (rank {rank} of {terms})");
        }

        var x = ExpandToRaw(solution.AsSpan(0, terms), order, fromX, fromY);
        var y = ExpandToRaw(solution.AsSpan(terms, terms), order, fromX, fromY);
        x[0] += toX;
        y[0] += toY;
        return new PolynomialTransform2D(order, x, y);
    }

    /// <summary>The design row 1, u, v, u², uv, v², ... (plain powers: the fit needs no Java evaluation order).</summary>
    private static void WriteMonomials(double u, double v, int order, Span<double> row)
    {
        row[0] = 1;
        Monomials.Write(u, v, order, row[1..]);
    }

    /// <summary>
    /// Rewrites Σ c·u<sup>a</sup>v<sup>b</sup>, with u = (x − cx)·sx and v = (y − cy)·sy, over the monomials of x and y:
    /// u<sup>a</sup> = sx<sup>a</sup>·Σ<sub>i</sub> C(a, i)·(−cx)<sup>a−i</sup>·x<sup>i</sup> by the binomial theorem, and likewise for v.
    /// </summary>
    private static double[] ExpandToRaw(ReadOnlySpan<double> conditioned, int order, AxisConditioning fromX, AxisConditioning fromY)
    {
        var xParts = BinomialParts(order, fromX);
        var yParts = BinomialParts(order, fromY);
        var raw = new double[conditioned.Length];
        var k = 0;
        for (var o = 0; o <= order; o++)
        {
            for (var b = 0; b <= o; b++, k++)
            {
                var a = o - b;
                for (var i = 0; i <= a; i++)
                {
                    for (var j = 0; j <= b; j++)
                    {
                        // x^i·y^j sits in order i + j at position j.
                        raw[MonomialIndex(i + j, j)] += conditioned[k] * xParts[a, i] * yParts[b, j];
                    }
                }
            }
        }

        return raw;
    }

    /// <summary>parts[a, i] = s<sup>a</sup>·C(a, i)·(−c)<sup>a−i</sup>: the coefficient of x<sup>i</sup> in ((x − c)·s)<sup>a</sup>.</summary>
    private static double[,] BinomialParts(int order, AxisConditioning axis)
    {
        var parts = new double[order + 1, order + 1];
        parts[0, 0] = 1;
        for (var a = 1; a <= order; a++)
        {
            // Pascal's rule on the scaled polynomial: (x − c)^a·s^a = ((x − c)^(a−1)·s^(a−1))·(x − c)·s.
            for (var i = 0; i <= a; i++)
            {
                var fromLower = i > 0 ? parts[a - 1, i - 1] : 0;
                var fromSame = i < a ? parts[a - 1, i] * -axis.Centre : 0;
                parts[a, i] = (fromLower + fromSame) * axis.InverseScale;
            }
        }

        return parts;
    }

    private static int MonomialIndex(int order, int position) => (order * (order + 1) / 2) + position;
}
