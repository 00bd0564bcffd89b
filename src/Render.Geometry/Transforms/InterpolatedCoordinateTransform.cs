using System.Buffers;

namespace Render.Geometry.Transforms;

/// <summary>
/// A blend of two transforms: p ↦ a(p) + λ·(b(p) − a(p)) (mpicbg's <c>InterpolatedCoordinateTransform</c>,
/// evaluated in its order: b first, then a, then the blend).
/// </summary>
public sealed class InterpolatedCoordinateTransform : ICoordinateTransform
{
    /// <summary>Creates the blend of <paramref name="a"/> (weight 1 − λ) and <paramref name="b"/> (weight λ).</summary>
    public InterpolatedCoordinateTransform(ICoordinateTransform a, ICoordinateTransform b, double lambda)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        A = a;
        B = b;
        Lambda = lambda;
    }

    /// <summary>The transform weighted by 1 − λ.</summary>
    public ICoordinateTransform A { get; }

    /// <summary>The transform weighted by λ.</summary>
    public ICoordinateTransform B { get; }

    /// <summary>The blend factor λ.</summary>
    public double Lambda { get; }

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
