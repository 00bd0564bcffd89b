using System.Buffers;

namespace Render.Geometry.Transforms;

/// <summary>
/// A blend of two transforms: p ↦ a(p) + λ·(b(p) − a(p)) (mpicbg's <c>InterpolatedCoordinateTransform</c>,
/// evaluated in its order: b first, then a, then the blend), <c>a</c> weighted by 1 − λ and
/// <c>b</c> by λ.
/// </summary>
public sealed class InterpolatedCoordinateTransform(ICoordinateTransform a, ICoordinateTransform b, double lambda) : ICoordinateTransform
{
    /// <summary>The transform weighted by 1 − λ.</summary>
    public ICoordinateTransform A { get; } = a ?? throw new ArgumentNullException(nameof(a));

    /// <summary>The transform weighted by λ.</summary>
    public ICoordinateTransform B { get; } = b ?? throw new ArgumentNullException(nameof(b));

    /// <summary>The blend factor λ.</summary>
    public double Lambda { get; } = lambda;

    /// <inheritdoc/>
    public void ApplyInPlace(ref double x, ref double y)
    {
        double bx = x, by = y;
        B.ApplyInPlace(ref bx, ref by);
        A.ApplyInPlace(ref x, ref y);
        x += Lambda * (bx - x);
        y += Lambda * (by - y);
    }

    /// <inheritdoc/>
    public void ApplyInPlace(Span<double> x, Span<double> y)
    {
        AffineKernel.RequireSameLength(x, y);
        var buffer = ArrayPool<double>.Shared.Rent(2 * x.Length);
        try
        {
            var bx = buffer.AsSpan(0, x.Length);
            var by = buffer.AsSpan(x.Length, x.Length);
            x.CopyTo(bx);
            y.CopyTo(by);
            B.ApplyInPlace(bx, by);
            A.ApplyInPlace(x, y);
            for (var i = 0; i < x.Length; i++)
            {
                x[i] += Lambda * (bx[i] - x[i]);
                y[i] += Lambda * (by[i] - y[i]);
            }
        }
        finally
        {
            ArrayPool<double>.Shared.Return(buffer);
        }
    }
}
