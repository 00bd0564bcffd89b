using Render.Geometry.Transforms;
using Render.Imaging.Mapping;

namespace Render.Imaging.Rendering;

/// <summary>How render picks a tile's mipmap level: the average scale of its transform and the level for that scale.</summary>
public static class MipmapLevels
{
    /// <summary>
    /// render's <c>Utils.sampleAverageScale</c>: the transform sampled every <paramref name="step"/>
    /// pixels over the full-scale source, an affine fitted to the samples, and the larger of its
    /// column norms; 1 when the fit fails. The samples are mapped on up to <paramref name="threads"/> threads.
    /// </summary>
    public static double SampleAverageScale(ICoordinateTransform transform, int width, int height, double step, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(transform);
        var px = new List<double>();
        var py = new List<double>();
        for (var y = 0.0; y < height; y += step)
        {
            for (var x = 0.0; x < width; x += step)
            {
                px.Add(x);
                py.Add(y);
            }
        }

        var qx = px.ToArray();
        var qy = py.ToArray();
        ParallelTransform.ApplyInPlace(transform, qx, qy, threads);
        var weights = new double[qx.Length];
        Array.Fill(weights, 1.0);
        if (qx.Length < AffineModel2D.MinimumPairs
            || AffineModel2D.Fit(px.ToArray(), py.ToArray(), qx, qy, weights) is not { } model)
        {
            return 1;
        }

        return Math.Sqrt(Math.Max((model.M00 * model.M00) + (model.M10 * model.M10), (model.M01 * model.M01) + (model.M11 * model.M11)));
    }

    /// <summary>render's <c>Utils.bestMipmapLevel</c>: how often (int)(1/scale) can be halved before it is at most 1.</summary>
    public static int BestMipmapLevel(double scale)
    {
        var inverse = Geometry.Numerics.JavaMath.ToInt(1.0 / scale);
        var level = 0;
        while (inverse > 1)
        {
            inverse >>= 1;
            level++;
        }

        return level;
    }

    /// <summary>
    /// render's <c>createScaleLevelTransform</c>: mipmap pixel → full-scale pixel, 2^L with the
    /// (2^L − 1)/2 offset of the 2×2 floor-averaging pixel centres.
    /// </summary>
    public static AffineModel2D ScaleLevelTransform(int level)
    {
        var scale = Math.Pow(2, level);
        var offset = (scale - 1) / 2;
        return new AffineModel2D(scale, 0, 0, scale, offset, offset);
    }
}
