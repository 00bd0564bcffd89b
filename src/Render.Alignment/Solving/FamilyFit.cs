using Render.Alignment.Problem;
using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Alignment.Solving;

/// <summary>Fits of a model family to sample points with Geometry's mpicbg-exact estimators.</summary>
internal static class FamilyFit
{
    /// <summary>The grid render's <c>ScriptUtil.fit</c> samples: n × n points over [0, width − 1] × [0, height − 1], x fastest.</summary>
    public static (double[] X, double[] Y) SampleGrid(double width, double height, int perDimension)
    {
        var stepX = (width - 1.0) / (perDimension - 1.0);
        var stepY = (height - 1.0) / (perDimension - 1.0);
        var x = new double[perDimension * perDimension];
        var y = new double[x.Length];
        for (var j = 0; j < perDimension; j++)
        {
            for (var i = 0; i < perDimension; i++)
            {
                x[(j * perDimension) + i] = i * stepX;
                y[(j * perDimension) + i] = j * stepY;
            }
        }

        return (x, y);
    }

    /// <summary>The model of <paramref name="family"/> best mapping each point through <paramref name="from"/> onto it through <paramref name="to"/>.</summary>
    public static Affine2 Fit(ModelType family, Affine2 from, Affine2 to, double[] x, double[] y)
    {
        var px = new double[x.Length];
        var py = new double[x.Length];
        var qx = new double[x.Length];
        var qy = new double[x.Length];
        for (var k = 0; k < x.Length; k++)
        {
            (px[k], py[k]) = from.Apply(x[k], y[k]);
            (qx[k], qy[k]) = to.Apply(x[k], y[k]);
        }

        return Fit(family, new PointPairs(px, py, qx, qy));
    }

    /// <summary>The model of <paramref name="family"/> best mapping p onto q (mpicbg's weighted fits).</summary>
    public static Affine2 Fit(ModelType family, PointPairs pairs) =>
        Affine2.From(family switch
        {
            ModelType.Translation => TranslationModel2D.Fit(pairs).ToAffineModel(),
            ModelType.Rigid => RigidModel2D.Fit(pairs).ToAffineModel(),
            ModelType.Similarity => SimilarityModel2D.Fit(pairs).ToAffineModel(),
            _ => AffineModel2D.Fit(pairs),
        });
}
