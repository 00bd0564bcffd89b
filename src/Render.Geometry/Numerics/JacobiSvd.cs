namespace Render.Geometry.Numerics;

/// <summary>
/// The singular value decomposition A = U·S·Vᵀ of a tall matrix by one-sided Jacobi rotations
/// (Hestenes): the columns of A are rotated pairwise until they are orthogonal, and the rotations
/// accumulate V. Accurate for small column counts (the homography DLT has 9), which is all it is for.
/// </summary>
internal sealed class JacobiSvd
{
    private const int MaxSweeps = 60;

    private JacobiSvd(double[] singularValues, double[,] v)
    {
        SingularValues = singularValues;
        V = v;
    }

    /// <summary>The singular values, in column order (not sorted).</summary>
    public double[] SingularValues { get; }

    /// <summary>The right singular vectors, as columns.</summary>
    public double[,] V { get; }

    /// <summary>Decomposes the m×n matrix <paramref name="a"/> (m ≥ n), which is left unchanged.</summary>
    public static JacobiSvd Of(double[,] a)
    {
        var rows = a.GetLength(0);
        var columns = a.GetLength(1);
        var u = (double[,])a.Clone();
        var v = new double[columns, columns];
        for (var i = 0; i < columns; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < MaxSweeps && RotateAllPairs(u, v, rows, columns); sweep++)
        {
        }

        var singularValues = new double[columns];
        for (var j = 0; j < columns; j++)
        {
            double sum = 0;
            for (var i = 0; i < rows; i++)
            {
                sum += u[i, j] * u[i, j];
            }

            singularValues[j] = Math.Sqrt(sum);
        }

        return new JacobiSvd(singularValues, v);
    }

    /// <summary>The right singular vector of the smallest singular value.</summary>
    public double[] SmallestRightSingularVector()
    {
        var smallest = 0;
        for (var j = 1; j < SingularValues.Length; j++)
        {
            if (SingularValues[j] < SingularValues[smallest])
            {
                smallest = j;
            }
        }

        var vector = new double[V.GetLength(0)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = V[i, smallest];
        }

        return vector;
    }

    /// <summary>One sweep over all column pairs; false when every pair was already orthogonal.</summary>
    private static bool RotateAllPairs(double[,] u, double[,] v, int rows, int columns)
    {
        var rotated = false;
        for (var p = 0; p < columns - 1; p++)
        {
            for (var q = p + 1; q < columns; q++)
            {
                double alpha = 0, beta = 0, gamma = 0;
                for (var i = 0; i < rows; i++)
                {
                    alpha += u[i, p] * u[i, p];
                    beta += u[i, q] * u[i, q];
                    gamma += u[i, p] * u[i, q];
                }

                if (gamma == 0 || Math.Abs(gamma) <= 1e-15 * Math.Sqrt(alpha * beta))
                {
                    continue;
                }

                rotated = true;
                var zeta = (beta - alpha) / (2 * gamma);
                var t = Math.Sign(zeta == 0 ? 1 : zeta) / (Math.Abs(zeta) + Math.Sqrt(1 + (zeta * zeta)));
                var c = 1 / Math.Sqrt(1 + (t * t));
                var s = c * t;
                Rotate(u, rows, p, q, c, s);
                Rotate(v, v.GetLength(0), p, q, c, s);
            }
        }

        return rotated;
    }

    private static void Rotate(double[,] m, int rows, int p, int q, double c, double s)
    {
        for (var i = 0; i < rows; i++)
        {
            var mp = m[i, p];
            var mq = m[i, q];
            m[i, p] = (c * mp) - (s * mq);
            m[i, q] = (s * mp) + (c * mq);
        }
    }
}
