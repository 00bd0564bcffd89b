namespace Render.Alignment.Linear;

/// <summary>Preconditioned conjugate gradients for one right-hand side, from a starting guess.</summary>
internal static class ConjugateGradient
{
    /// <summary>
    /// Solves A·x = b in place of <paramref name="x"/> until ‖r‖ ≤ max(tolerance·‖b‖, reduction·‖r₀‖);
    /// returns the iterations run and the final residual relative to ‖b‖.
    /// </summary>
    public static (int Iterations, double RelativeResidual) Solve(
        BlockSparseMatrix a, TwoLevelPreconditioner m, double[] b, double[] x, double tolerance, double reduction, int maxIterations, int threads)
    {
        var n = b.Length;
        var r = new double[n];
        var z = new double[n];
        var p = new double[n];
        var ap = new double[n];
        a.Multiply(x, ap, threads);
        for (var i = 0; i < n; i++)
        {
            r[i] = b[i] - ap[i];
        }

        var normB = Math.Sqrt(Dot(b, b));
        if (normB == 0)
        {
            Array.Clear(x);
            return (0, 0);
        }

        var residual = Math.Sqrt(Dot(r, r)) / normB;
        tolerance = Math.Max(tolerance, reduction * residual);
        if (residual <= tolerance)
        {
            return (0, residual);
        }

        m.Apply(r, z);
        Array.Copy(z, p, n);
        var rz = Dot(r, z);
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            a.Multiply(p, ap, threads);
            var alpha = rz / Dot(p, ap);
            for (var i = 0; i < n; i++)
            {
                x[i] += alpha * p[i];
                r[i] -= alpha * ap[i];
            }

            residual = Math.Sqrt(Dot(r, r)) / normB;
            if (residual <= tolerance)
            {
                return (iteration, residual);
            }

            m.Apply(r, z);
            var rzNext = Dot(r, z);
            var beta = rzNext / rz;
            rz = rzNext;
            for (var i = 0; i < n; i++)
            {
                p[i] = z[i] + (beta * p[i]);
            }
        }

        return (maxIterations, residual);
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
