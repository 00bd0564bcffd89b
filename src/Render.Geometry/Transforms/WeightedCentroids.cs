namespace Render.Geometry.Transforms;

/// <summary>
/// The weighted centroids of the source and target points, as every mpicbg fit computes them:
/// Σw·p and Σw·q accumulated in point order, then divided by Σw.
/// </summary>
internal readonly record struct WeightedCentroids(double Pcx, double Pcy, double Qcx, double Qcy)
{
    public static WeightedCentroids Of(ReadOnlySpan<double> px, ReadOnlySpan<double> py, ReadOnlySpan<double> qx, ReadOnlySpan<double> qy, ReadOnlySpan<double> w)
    {
        double pcx = 0, pcy = 0, qcx = 0, qcy = 0, ws = 0;
        for (var i = 0; i < px.Length; i++)
        {
            var ww = w[i];
            ws += ww;
            pcx += ww * px[i];
            pcy += ww * py[i];
            qcx += ww * qx[i];
            qcy += ww * qy[i];
        }

        return new WeightedCentroids(pcx / ws, pcy / ws, qcx / ws, qcy / ws);
    }
}
