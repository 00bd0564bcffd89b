using Render.Geometry.Numerics;

namespace Render.Geometry.Transforms;

/// <summary>
/// Evaluation in Java's order: features k = 0.. in the order i = 1..d, j = i..0 (<see cref="Monomials"/>),
/// each normalised as (e − mean)/var, then x' = 0 + e0·β0 + e1·β1 + ... with the constant feature 100 last;
/// no fused multiply-add. One kernel serves single points and vectors of four, so both agree bitwise.
/// </summary>
/// <remarks>
/// Java computes the powers with <c>Math.pow</c>; here they are repeated products, which differ from it by
/// at most a few ulp (see <see cref="Monomials"/>) and make the batch path several times faster.
/// </remarks>
public sealed partial class NonLinearCoordinateTransform
{
    // The constant last feature of every expansion.
    private const double ConstantFeature = 100;

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y) =>
        PointKernelIterator.ApplyInPlace(new Kernel(this), ref x, ref y);

    /// <summary>Maps every point in place, four at a time with 256-bit vectors; bitwise equal to the single-point method.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public void ApplyInPlace(Span<double> x, Span<double> y) =>
        PointKernelIterator.ApplyInPlace(new Kernel(this), x, y);

    /// <summary>
    /// The evaluation: <paramref name="parameters"/> holds β_k0, β_k1, means and deviations as lanes (L each);
    /// <paramref name="features"/> is scratch, L − 1 long.
    /// </summary>
    private (T X, T Y) Evaluate<T>(T x, T y, ReadOnlySpan<T> parameters, Span<T> features)
        where T : unmanaged, IDoubleLanes<T>
    {
        var length = Length;
        var betaX = parameters[..length];
        var betaY = parameters.Slice(length, length);
        var mean = parameters.Slice(2 * length, length);
        var deviation = parameters.Slice(3 * length, length);
        Monomials.Write(x, y, Dimension, features);
        var u = T.Broadcast(0);
        var v = T.Broadcast(0);
        for (var k = 0; k < features.Length; k++)
        {
            var e = (features[k] - mean[k]) / deviation[k];
            u += e * betaX[k];
            v += e * betaY[k];
        }

        var constant = T.Broadcast(ConstantFeature);
        return (u + (constant * betaX[^1]), v + (constant * betaY[^1]));
    }

    /// <summary>This transform as a kernel for <see cref="PointKernelIterator"/>.</summary>
    private readonly struct Kernel(NonLinearCoordinateTransform lens) : IPointKernel
    {
        public ReadOnlySpan<double> Parameters => lens._parameters;

        public int ScratchLength => lens.Length - 1;

        public (T X, T Y) Map<T>(T x, T y, ReadOnlySpan<T> parameters, Span<T> scratch)
            where T : unmanaged, IDoubleLanes<T> =>
            lens.Evaluate(x, y, parameters, scratch);
    }
}
