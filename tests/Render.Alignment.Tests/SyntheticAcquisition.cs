using Render.Geometry.Transforms;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment.Tests;

/// <summary>
/// A made-up acquisition with a known answer: a grid of tiles in each of several layers, each
/// tile's true affine of a chosen family, a start perturbed from the truth, and matches made from
/// the truth (world points in the overlaps mapped into both tiles) with Gaussian noise on q.
/// </summary>
internal sealed class SyntheticAcquisition
{
    public const double Width = 1000;
    public const double Height = 800;

    private SyntheticAcquisition(List<TileSpec> tiles, Dictionary<string, AffineModel2D> truth, List<CanvasMatches> matches)
    {
        Tiles = tiles;
        Truth = truth;
        Matches = matches;
    }

    public List<TileSpec> Tiles { get; }

    public Dictionary<string, AffineModel2D> Truth { get; }

    public List<CanvasMatches> Matches { get; }

    public static string TileId(int column, int row, int layer) => $"t{layer}.{row}.{column}";

    public static SyntheticAcquisition Create(ModelType truthFamily, int columns, int rows, int layers, double noise, int seed = 1, int matchesPerPair = 50, double perturbation = 1.0)
    {
        var random = new Random(seed);
        var tiles = new List<TileSpec>();
        var truth = new Dictionary<string, AffineModel2D>();
        for (var layer = 0; layer < layers; layer++)
        {
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    var id = TileId(column, row, layer);
                    var sign = (column + row + layer) % 2 == 0 ? 1 : -1;
                    var model = TrueModel(truthFamily, random, sign, (column * (Width - 150)) + (layer * 7), (row * (Height - 120)) - (layer * 5));
                    truth[id] = model;
                    var start = model.PreConcatenate(Perturbation(random, perturbation));
                    tiles.Add(new TileSpec(TileId: id, Layout: new LayoutData(SectionId: $"{layer}.0"), Z: layer, Width: Width, Height: Height,
                        Transforms: new ListTransformSpec([LeafTransformSpec.Of(start)])));
                }
            }
        }

        var matches = new List<CanvasMatches>();
        for (var layer = 0; layer < layers; layer++)
        {
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    var id = TileId(column, row, layer);
                    var neighbours = new List<string>();
                    if (column + 1 < columns)
                    {
                        neighbours.Add(TileId(column + 1, row, layer));
                    }

                    if (row + 1 < rows)
                    {
                        neighbours.Add(TileId(column, row + 1, layer));
                    }

                    if (layer + 1 < layers)
                    {
                        neighbours.Add(TileId(column, row, layer + 1));
                    }

                    matches.AddRange(neighbours.Select(other => MatchesBetween(id, other, truth, random, noise, matchesPerPair)));
                }
            }
        }

        return new SyntheticAcquisition(tiles, truth, matches);
    }

    /// <summary>Matches from world points in both tiles' footprints, with N(0, noise²) added to each q coordinate.</summary>
    public static CanvasMatches MatchesBetween(string p, string q, IReadOnlyDictionary<string, AffineModel2D> truth, Random random, double noise, int count)
    {
        var (tp, tq) = (truth[p], truth[q]);
        var (pInverse, qInverse) = (tp.CreateInverse(), tq.CreateInverse());
        var box = Intersect(Footprint(tp), Footprint(tq));
        var px = new double[count];
        var py = new double[count];
        var qx = new double[count];
        var qy = new double[count];
        for (var k = 0; k < count;)
        {
            double x = box.MinX + (random.NextDouble() * (box.MaxX - box.MinX)), y = box.MinY + (random.NextDouble() * (box.MaxY - box.MinY));
            double ax = x, ay = y, bx = x, by = y;
            pInverse.ApplyInPlace(ref ax, ref ay);
            qInverse.ApplyInPlace(ref bx, ref by);
            if (Inside(ax, ay) && Inside(bx, by))
            {
                (px[k], py[k], qx[k], qy[k]) = (ax, ay, bx + Gaussian(random, noise), by + Gaussian(random, noise));
                k++;
            }
        }

        return new CanvasMatches(GroupOf(p), p, GroupOf(q), q, Matches: new Matches([px, py], [qx, qy], [.. Enumerable.Repeat(1.0, count)]));
    }

    public static double Gaussian(Random random, double sigma) =>
        sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static string GroupOf(string tileId) => $"{tileId[1..tileId.IndexOf('.', StringComparison.Ordinal)]}.0";

    private static bool Inside(double x, double y) => x is >= 2 and <= Width - 3 && y is >= 2 and <= Height - 3;

    /// <summary>A true model; an affine's shear and stretch alternate in sign like a checkerboard, so that on average the tiles are rigid.</summary>
    private static AffineModel2D TrueModel(ModelType family, Random random, int sign, double x, double y)
    {
        double Jitter(double size) => (random.NextDouble() - 0.5) * 2 * size;
        var angle = family >= ModelType.Rigid ? Jitter(0.02) : 0;
        var scale = family >= ModelType.Similarity ? 1 + Jitter(0.02) : 1;
        var (sin, cos) = Math.SinCos(angle);
        var (shear, stretch) = family == ModelType.Affine ? (sign * (0.005 + Math.Abs(Jitter(0.005))), sign * (0.005 + Math.Abs(Jitter(0.005)))) : (0, 0);
        return new AffineModel2D(scale * cos * (1 + stretch), scale * sin, (-scale * sin) + shear, scale * cos, x + Jitter(20), y + Jitter(20));
    }

    private static AffineModel2D Perturbation(Random random, double size)
    {
        double Jitter(double range) => (random.NextDouble() - 0.5) * 2 * range * size;
        var (sin, cos) = Math.SinCos(Jitter(0.01));
        var scale = 1 + Jitter(0.01);
        return new AffineModel2D(scale * cos, scale * sin, -scale * sin, scale * cos, Jitter(30), Jitter(30));
    }

    private static (double MinX, double MinY, double MaxX, double MaxY) Footprint(AffineModel2D model)
    {
        var xs = new List<double>();
        var ys = new List<double>();
        foreach (var (cx, cy) in new[] { (0.0, 0.0), (Width, 0.0), (0.0, Height), (Width, Height) })
        {
            double x = cx, y = cy;
            model.ApplyInPlace(ref x, ref y);
            xs.Add(x);
            ys.Add(y);
        }

        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    private static (double MinX, double MinY, double MaxX, double MaxY) Intersect(
        (double MinX, double MinY, double MaxX, double MaxY) a, (double MinX, double MinY, double MaxX, double MaxY) b) =>
        (Math.Max(a.MinX, b.MinX), Math.Max(a.MinY, b.MinY), Math.Min(a.MaxX, b.MaxX), Math.Min(a.MaxY, b.MaxY));
}
