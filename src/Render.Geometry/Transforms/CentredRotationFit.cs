namespace Render.Geometry.Transforms;

/// <summary>
/// The sums mpicbg's rigid and similarity fits share: the weighted centroids, then, over the centred
/// points, Σw(x1·y2 − y1·x2), Σw(x1·x2 + y1·y2) and Σw(x1² + y1²). The target points are centred
/// as (q − qc) + (pc − qc), mpicbg's expression; the offset cancels mathematically but is kept so
/// that the results match render bit for bit.
/// </summary>
internal readonly record struct CentredRotationFit(double Pcx, double Pcy, double Qcx, double Qcy, double Sin, double Cos, double SquaredNorm)
{
    public static CentredRotationFit Of(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, ReadOnlySpan<double> w)
    {
        var (pcx, pcy, qcx, qcy) = WeightedCentroids.Of(px, py, qx, qy, w);
        var dx = pcx - qcx;
        var dy = pcy - qcy;

        double sin = 0, cos = 0, squaredNorm = 0;
        for (var i = 0; i < px.Length; i++)
        {
            var ww = w[i];
            var x1 = px[i] - pcx;
            var y1 = py[i] - pcy;
            var x2 = qx[i] - qcx + dx;
            var y2 = qy[i] - qcy + dy;
            sin += ww * ((x1 * y2) - (y1 * x2));
            cos += ww * ((x1 * x2) + (y1 * y2));
            squaredNorm += ww * ((x1 * x1) + (y1 * y1));
        }

        return new CentredRotationFit(pcx, pcy, qcx, qcy, sin, cos, squaredNorm);
    }
}
