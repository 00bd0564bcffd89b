using Render.Geometry.Fitting;
using Render.Geometry.Transforms;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment.Tests;

/// <summary>Compares solved tiles with the truth after removing one global similarity.</summary>
internal static class TruthComparison
{
    /// <summary>The RMS and largest distance between solved and true tile corners, after the similarity (or affine) that best maps solved onto true.</summary>
    public static (double Rms, double Max) CornerErrors(IEnumerable<TileSpec> solved, IReadOnlyDictionary<string, AffineModel2D> truth, bool affine = false)
    {
        var solvedPoints = new List<(double X, double Y)>();
        var truePoints = new List<(double X, double Y)>();
        foreach (var tile in solved)
        {
            var model = LastAffine(tile);
            foreach (var (cx, cy) in Corners(tile))
            {
                solvedPoints.Add(Apply(model, cx, cy));
                truePoints.Add(Apply(truth[tile.TileId!], cx, cy));
            }
        }

        var pairs = new PointPairs(
            [.. solvedPoints.Select(p => p.X)], [.. solvedPoints.Select(p => p.Y)], [.. truePoints.Select(p => p.X)], [.. truePoints.Select(p => p.Y)]);
        IAffine2D similarity = affine ? AffineModel2D.Fit(pairs) : SimilarityModel2D.Fit(pairs);
        var distances = solvedPoints.Zip(truePoints, (s, t) =>
        {
            double x = s.X, y = s.Y;
            similarity.ApplyInPlace(ref x, ref y);
            return Math.Sqrt(((x - t.X) * (x - t.X)) + ((y - t.Y) * (y - t.Y)));
        }).ToList();
        return (Math.Sqrt(distances.Average(d => d * d)), distances.Max());
    }

    public static AffineModel2D LastAffine(TileSpec tile) => AffineModel2D.Parse(((LeafTransformSpec)tile.Transforms.LastSpec!).DataString);

    public static (double X, double Y) Apply(AffineModel2D model, double x, double y)
    {
        model.ApplyInPlace(ref x, ref y);
        return (x, y);
    }

    private static IEnumerable<(double X, double Y)> Corners(TileSpec tile) =>
        [(0, 0), (tile.Width!.Value, 0), (0, tile.Height!.Value), (tile.Width.Value, tile.Height.Value)];
}
