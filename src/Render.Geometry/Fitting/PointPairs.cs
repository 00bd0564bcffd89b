namespace Render.Geometry.Fitting;

/// <summary>
/// Corresponding points p → q with weights: what a model is fitted to (mpicbg's collection of
/// <c>PointMatch</c>). Immutable; the arrays are copies owned by this instance.
/// </summary>
public sealed class PointPairs
{
    private readonly double[] _px;
    private readonly double[] _py;
    private readonly double[] _qx;
    private readonly double[] _qy;
    private readonly double[] _w;

    /// <summary>Creates pairs; weights default to 1.</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public PointPairs(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, ReadOnlySpan<double> weights = default)
    {
        if (py.Length != px.Length || qx.Length != px.Length || qy.Length != px.Length)
        {
            throw new ArgumentException($"mismatched point counts: p has {px.Length} x and {py.Length} y values, q has {qx.Length} x and {qy.Length} y values");
        }

        if (!weights.IsEmpty && weights.Length != px.Length)
        {
            throw new ArgumentException($"mismatched point counts: {px.Length} pairs but {weights.Length} weights");
        }

        _px = px.ToArray();
        _py = py.ToArray();
        _qx = qx.ToArray();
        _qy = qy.ToArray();
        _w = weights.IsEmpty ? Enumerable.Repeat(1.0, px.Length).ToArray() : weights.ToArray();
    }

    /// <summary>The number of pairs.</summary>
    public int Count => _px.Length;

    /// <summary>x of the source points.</summary>
    public ReadOnlySpan<double> Px => _px;

    /// <summary>y of the source points.</summary>
    public ReadOnlySpan<double> Py => _py;

    /// <summary>x of the target points.</summary>
    public ReadOnlySpan<double> Qx => _qx;

    /// <summary>y of the target points.</summary>
    public ReadOnlySpan<double> Qy => _qy;

    /// <summary>The weights.</summary>
    public ReadOnlySpan<double> Weights => _w;

    /// <summary>Pairs from interleaved point arrays (x0, y0, x1, y1, ...), as render-python's N×2 arrays.</summary>
    public static PointPairs FromInterleaved(ReadOnlySpan<double> p, ReadOnlySpan<double> q, ReadOnlySpan<double> weights = default)
    {
        if (p.Length % 2 != 0 || q.Length % 2 != 0)
        {
            throw new ArgumentException("interleaved points need an even number of values");
        }

        if (p.Length != q.Length)
        {
            throw new ArgumentException($"mismatched point counts: {p.Length / 2} source points but {q.Length / 2} target points");
        }

        var n = p.Length / 2;
        double[] px = new double[n], py = new double[n], qx = new double[n], qy = new double[n];
        for (var i = 0; i < n; i++)
        {
            px[i] = p[2 * i];
            py[i] = p[(2 * i) + 1];
            qx[i] = q[2 * i];
            qy[i] = q[(2 * i) + 1];
        }

        return new PointPairs(px, py, qx, qy, weights);
    }

    /// <summary>Throws unless there are at least <paramref name="minimum"/> pairs for <paramref name="model"/>.</summary>
    /// <exception cref="FitException">Too few pairs.</exception>
    public void RequireAtLeast(int minimum, string model)
    {
        if (Count < minimum)
        {
            throw new FitException($"{model} needs at least {minimum} point pairs, got {Count}");
        }
    }
}
