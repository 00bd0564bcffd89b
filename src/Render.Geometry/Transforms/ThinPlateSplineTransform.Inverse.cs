namespace Render.Geometry.Transforms;

public sealed partial class ThinPlateSplineTransform
{
    /// <summary>render-python's default iteration limit for the inverse.</summary>
    public const int DefaultInverseIterations = 1000;

    /// <summary>render-python's default precision for the inverse: the largest step, in pixels, that ends it.</summary>
    public const double DefaultInversePrecision = 1e-4;

    /// <summary>Maps one point back in place (see the batch method).</summary>
    /// <exception cref="NoninvertibleTransformException">The iteration did not settle within <paramref name="maxIterations"/> steps.</exception>
    public void ApplyInverseInPlace(ref double x, ref double y, int maxIterations = DefaultInverseIterations, double precision = DefaultInversePrecision)
    {
        Span<double> px = [x];
        Span<double> py = [y];
        ApplyInverseInPlace(px, py, maxIterations, precision);
        x = px[0];
        y = py[0];
    }

    /// <summary>
    /// Maps every point back in place by render-python's fixed-point iteration
    /// (<c>gradient_descent</c> with γ = 1): starting at the target t, <c>p ← p − (f(p) − t)</c> until
    /// the largest step of any point, √(Δx² + Δy²), is at most <paramref name="precision"/>.
    /// </summary>
    /// <remarks>
    /// As in the reference, convergence is judged over all the points of one call (every point
    /// keeps stepping until the slowest has settled), so the results match render-python's for the
    /// same batch. The iteration converges where the spline is close to a translation (the
    /// displacement's Jacobian has norm below 1); render itself has no inverse for this transform.
    /// The reference also fails when it settles on exactly the last allowed step; here that succeeds.
    /// On failure the spans hold the last estimate.
    /// </remarks>
    /// <exception cref="NoninvertibleTransformException">The iteration did not settle within <paramref name="maxIterations"/> steps.</exception>
    public void ApplyInverseInPlace(Span<double> x, Span<double> y, int maxIterations = DefaultInverseIterations, double precision = DefaultInversePrecision)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} x values but {y.Length} y values");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        var targetX = x.ToArray();
        var targetY = y.ToArray();
        var mappedX = new double[x.Length];
        var mappedY = new double[y.Length];
        var largestStep = double.NaN;
        for (var iteration = 0; iteration < maxIterations; iteration++)
        {
            x.CopyTo(mappedX);
            y.CopyTo(mappedY);
            ApplyInPlace(mappedX.AsSpan(), mappedY.AsSpan());
            largestStep = 0;
            for (var i = 0; i < x.Length; i++)
            {
                var previousX = x[i];
                var previousY = y[i];
                x[i] = previousX - (mappedX[i] - targetX[i]);
                y[i] = previousY - (mappedY[i] - targetY[i]);
                var stepX = x[i] - previousX;
                var stepY = y[i] - previousY;
                var step = Math.Sqrt((stepX * stepX) + (stepY * stepY));

                // Written so that a NaN step spreads to largestStep and never passes for convergence.
                largestStep = step <= largestStep ? largestStep : step;
            }

            if (largestStep <= precision)
            {
                return;
            }
        }

        throw new NoninvertibleTransformException(
            $"{JavaClassName} inverse did not converge in {maxIterations} iterations: the largest step is still {largestStep} (precision {precision})");
    }
}
