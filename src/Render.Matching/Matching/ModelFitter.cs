using Render.Geometry.Transforms;

namespace Render.Matching.Matching;

/// <summary>
/// Fits one model type to chosen matches of a set with Render.Geometry's mpicbg closed forms and
/// measures transfer errors (mpicbg's PointMatch.getDistance: |model(p) − q|). Not thread-safe:
/// it owns scratch arrays, one fitter per filtering.
/// </summary>
internal sealed class ModelFitter
{
    private readonly PointMatchSet _matches;
    private readonly MatchModelType _type;
    private readonly double[] _px;
    private readonly double[] _py;
    private readonly double[] _qx;
    private readonly double[] _qy;
    private readonly double[] _w;

    public ModelFitter(MatchModelType type, PointMatchSet matches)
    {
        _type = type;
        _matches = matches;
        var n = matches.Count;
        (_px, _py, _qx, _qy, _w) = (new double[n], new double[n], new double[n], new double[n], new double[n]);
        _w.AsSpan().Fill(1.0);
    }

    /// <summary>mpicbg's getMinNumMatches.</summary>
    public int MinimumMatches => MinimumFor(_type);

    public static int MinimumFor(MatchModelType type) => type switch
    {
        MatchModelType.Translation => TranslationModel2D.MinimumPairs,
        MatchModelType.Rigid => RigidModel2D.MinimumPairs,
        MatchModelType.Similarity => SimilarityModel2D.MinimumPairs,
        _ => AffineModel2D.MinimumPairs,
    };

    /// <summary>The model fitted to the matches at <paramref name="indexes"/>, or null when they are ill-defined or too few.</summary>
    public AffineModel2D? Fit(IReadOnlyList<int> indexes)
    {
        var n = indexes.Count;
        if (n < MinimumMatches)
        {
            return null;
        }

        for (var i = 0; i < n; i++)
        {
            var k = indexes[i];
            (_px[i], _py[i], _qx[i], _qy[i]) = (_matches.Px[k], _matches.Py[k], _matches.Qx[k], _matches.Qy[k]);
        }

        ReadOnlySpan<double> px = _px.AsSpan(0, n), py = _py.AsSpan(0, n), qx = _qx.AsSpan(0, n), qy = _qy.AsSpan(0, n), w = _w.AsSpan(0, n);
        return _type switch
        {
            MatchModelType.Translation => TranslationModel2D.Fit(px, py, qx, qy, w).ToAffineModel(),
            MatchModelType.Rigid => RigidModel2D.Fit(px, py, qx, qy, w)?.ToAffineModel(),
            MatchModelType.Similarity => SimilarityModel2D.Fit(px, py, qx, qy, w)?.ToAffineModel(),
            _ => AffineModel2D.Fit(px, py, qx, qy, w),
        };
    }

    /// <summary>The transfer error of match <paramref name="index"/> under <paramref name="model"/>.</summary>
    public double Distance(AffineModel2D model, int index)
    {
        double x = _matches.Px[index], y = _matches.Py[index];
        model.ApplyInPlace(ref x, ref y);
        double dx = x - _matches.Qx[index], dy = y - _matches.Qy[index];
        return Math.Sqrt((dx * dx) + (dy * dy));
    }
}
