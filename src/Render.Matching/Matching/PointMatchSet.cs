namespace Render.Matching.Matching;

/// <summary>
/// Candidate correspondences p → q in canvas pixels (mpicbg's list of PointMatch, weights 1),
/// kept as arrays so that RANSAC and the fits run over spans.
/// </summary>
public sealed class PointMatchSet
{
    /// <summary>Creates the set from its coordinates (copied).</summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public PointMatchSet(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy)
    {
        if (py.Length != px.Length || qx.Length != px.Length || qy.Length != px.Length)
        {
            throw new ArgumentException("point match coordinates differ in length");
        }

        Px = px.ToArray();
        Py = py.ToArray();
        Qx = qx.ToArray();
        Qy = qy.ToArray();
    }

    /// <summary>The number of matches.</summary>
    public int Count => Px.Length;

    /// <summary>x in the p canvas.</summary>
    public double[] Px { get; }

    /// <summary>y in the p canvas.</summary>
    public double[] Py { get; }

    /// <summary>x in the q canvas.</summary>
    public double[] Qx { get; }

    /// <summary>y in the q canvas.</summary>
    public double[] Qy { get; }

    /// <summary>The matches at <paramref name="indexes"/>, in that order.</summary>
    public PointMatchSet Select(IReadOnlyList<int> indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        double[] px = new double[indexes.Count], py = new double[indexes.Count], qx = new double[indexes.Count], qy = new double[indexes.Count];
        for (var i = 0; i < indexes.Count; i++)
        {
            var k = indexes[i];
            (px[i], py[i], qx[i], qy[i]) = (Px[k], Py[k], Qx[k], Qy[k]);
        }

        return new PointMatchSet(px, py, qx, qy);
    }
}
