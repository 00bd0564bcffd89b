using System.Runtime.Intrinsics;
using Render.Geometry.Fitting;
using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

public sealed partial class ThinPlateSplineTransform
{
    private const string ModelName = "a thin-plate spline";

    /// <summary>
    /// Fits the spline that maps every source point p exactly onto its target q (jitk's
    /// <c>computeW</c>, render-python's <c>fit</c>/<c>estimate</c>): the landmarks are the p, the
    /// targets enter as displacements q − p.
    /// </summary>
    /// <remarks>
    /// jitk solves L·w = y with L = [[K, P], [Pᵀ, 0]] over interleaved x/y unknowns, K_ij = U(|p_i − p_j|)·I
    /// and P's rows [x_i·I, y_i·I, I]. Every block is a multiple of the 2×2 identity, so the system
    /// splits into one (n+3)×(n+3) matrix [[K, P], [Pᵀ, 0]] with K_ij = U(|p_i − p_j|) and P's rows
    /// [x_i, y_i, 1], shared by the x and y displacements: factored once (LU with partial pivoting),
    /// solved twice. The solution is the reference's up to rounding (not bit for bit: the pivots
    /// differ). Without <paramref name="computeAffine"/> only K·w = y is solved and the spline has
    /// no affine part. Weights are refused: jitk accepts and ignores them, and a caller who passes
    /// them expects them to matter.
    /// </remarks>
    /// <exception cref="FitException">Too few pairs (3 with the affine part, 2 without), weights other than 1, or a singular system (repeated or, with the affine part, collinear source points).</exception>
    public static ThinPlateSplineTransform Fit(PointPairs pairs, bool computeAffine = true)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        pairs.RequireAtLeast(computeAffine ? 3 : 2, ModelName);
        foreach (var weight in pairs.Weights)
        {
            if (weight != 1.0)
            {
                throw new FitException($"{ModelName} fit does not use weights (jitk ignores them); got weight {weight}");
            }
        }

        var n = pairs.Count;
        var order = computeAffine ? n + Dimensions + 1 : n;
        var lu = LuDecomposition.FactorInPlace(SystemMatrix(pairs.Px, pairs.Py, order), order);
        if (lu.IsSingular)
        {
            throw new FitException($"{ModelName} fit is singular: the {n} source points repeat{(computeAffine ? " or lie on one line" : string.Empty)}");
        }

        var solutionX = new double[order];
        var solutionY = new double[order];
        for (var i = 0; i < n; i++)
        {
            solutionX[i] = pairs.Qx[i] - pairs.Px[i];
            solutionY[i] = pairs.Qy[i] - pairs.Py[i];
        }

        lu.Solve(solutionX);
        lu.Solve(solutionY);
        if (!AllFinite(solutionX) || !AllFinite(solutionY))
        {
            throw new FitException($"{ModelName} fit is numerically singular: the solution is not finite");
        }

        double[]? affine = computeAffine
            ? [solutionX[n], solutionX[n + 1], solutionY[n], solutionY[n + 1], solutionX[n + 2], solutionY[n + 2]]
            : null;
        return new ThinPlateSplineTransform(
            pairs.Px.ToArray(), pairs.Py.ToArray(), solutionX[..n], solutionY[..n], affine, null, null);
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>[[K, P], [Pᵀ, 0]] (or K alone), row-major, <paramref name="order"/> on a side.</summary>
    private static double[] SystemMatrix(ReadOnlySpan<double> x, ReadOnlySpan<double> y, int order)
    {
        var n = x.Length;
        var matrix = new double[order * order];
        Span<double> kernel = stackalloc double[Vector256<double>.Count];
        for (var i = 0; i < n; i++)
        {
            // K is symmetric with a zero diagonal (jitk's stiffness 0); each U is computed once,
            // from p_j − p_i as jitk's srcPtDisplacement(i, j) orders it (the sign does not change r).
            for (var j = i + 1; j < n; j += Vector256<double>.Count)
            {
                ThinPlateSplineKernel.EvaluateFour(x, y, j, x[i], y[i]).CopyTo(kernel);
                var count = Math.Min(Vector256<double>.Count, n - j);
                for (var k = 0; k < count; k++)
                {
                    matrix[(i * order) + j + k] = kernel[k];
                    matrix[((j + k) * order) + i] = kernel[k];
                }
            }

            if (order > n)
            {
                matrix[(i * order) + n] = x[i];
                matrix[(i * order) + n + 1] = y[i];
                matrix[(i * order) + n + 2] = 1;
                matrix[(n * order) + i] = x[i];
                matrix[((n + 1) * order) + i] = y[i];
                matrix[((n + 2) * order) + i] = 1;
            }
        }

        return matrix;
    }
}
