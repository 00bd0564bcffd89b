namespace Render.Alignment.Solving;

/// <summary>Dense products of the solver's tiny row-major matrices (at most 6×6), without allocation.</summary>
internal static class SmallMatrix
{
    /// <summary>
    /// result (m×cols) = K̂·v, where K̂ is the 3×3 <paramref name="k"/> (or its transpose) when m is
    /// 3 and the block diagonal [K, 0; 0, K] when m is 6 (the same kernel for the x and y rows).
    /// </summary>
    public static void Kernel(ReadOnlySpan<double> k, bool transpose, ReadOnlySpan<double> v, Span<double> result, int m, int cols)
    {
        for (var half = 0; half < m; half += 3)
        {
            for (var r = 0; r < 3; r++)
            {
                for (var c = 0; c < cols; c++)
                {
                    var sum = 0.0;
                    for (var s = 0; s < 3; s++)
                    {
                        sum += (transpose ? k[(s * 3) + r] : k[(r * 3) + s]) * v[((half + s) * cols) + c];
                    }

                    result[((half + r) * cols) + c] = sum;
                }
            }
        }
    }

    /// <summary>result (p×q) += factor · aᵀ·b, with a m×p and b m×q.</summary>
    public static void AddTransposeTimes(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result, int m, int p, int q, double factor)
    {
        for (var i = 0; i < p; i++)
        {
            for (var j = 0; j < q; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < m; k++)
                {
                    sum += a[(k * p) + i] * b[(k * q) + j];
                }

                result[(i * q) + j] += factor * sum;
            }
        }
    }

    /// <summary>result = a − b element by element.</summary>
    public static void Subtract(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result)
    {
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = a[i] - b[i];
        }
    }
}
