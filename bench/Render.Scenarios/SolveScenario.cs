using System.Diagnostics;
using System.Globalization;
using Render.Alignment;
using Render.Geometry.Fitting;
using Render.Geometry.Transforms;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Scenarios;

/// <summary>
/// The alignment solve at scale, in process (no service: loading and saving belong to the CLI):
/// layers of columns × rows tiles with known affines, perturbed starts, 4-neighbour montage pairs
/// and same-place cross-layer pairs with N matches each (0.3 px noise), solved with render's
/// defaults (AFFINE, RIGID regulariser, lambdas 1.0 0.5 0.1 0.01). Prints the time of each part,
/// the peak memory and how close the result is to the truth.
/// </summary>
internal static class SolveScenario
{
    private const double Width = 2000;
    private const double Height = 1800;
    private const double Overlap = 200;

    public static int Run(string[] args)
    {
        string Value(string name, string fallback) =>
            Array.IndexOf(args, name) is var i && i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        var layers = int.Parse(Value("--layers", "500"), CultureInfo.InvariantCulture);
        var columns = int.Parse(Value("--columns", "20"), CultureInfo.InvariantCulture);
        var rows = int.Parse(Value("--rows", "10"), CultureInfo.InvariantCulture);
        var perPair = int.Parse(Value("--matches", "50"), CultureInfo.InvariantCulture);
        var threads = int.Parse(Value("--threads", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);
        var model = ModelTypes.Parse(Value("--model", "AFFINE"));
        var regulariser = ModelTypes.Parse(Value("--regularizer", "RIGID"));
        var lambdas = Value("--lambdas", string.Empty) is { Length: > 0 } list
            ? list.Split(',').Select(value => double.Parse(value, CultureInfo.InvariantCulture)).ToArray()
            : null;

        var clock = Stopwatch.StartNew();
        var (tiles, truth) = Tiles(layers, columns, rows);
        var matches = Matches(layers, columns, rows, perPair, truth);
        var building = clock.Elapsed;
        Console.WriteLine($"built {tiles.Count} tiles and {matches.Count} pairs ({(long)matches.Count * perPair} matches) in {building.TotalSeconds:0.00} s");

        var options = new SolveOptions
        {
            ModelType = model,
            RegularizerModelType = regulariser,
            OptimizerLambdas = lambdas,
            Threads = threads,
            Progress = new Progress(message => Console.WriteLine($"  {clock.Elapsed.TotalSeconds,7:0.00} s  {message}")),
        };
        clock.Restart();
        var result = AlignmentSolver.Solve(tiles, null, matches, options);
        var solving = clock.Elapsed;

        var t = result.Timings;
        Console.WriteLine(result.Quality.Summary);
        foreach (var stage in result.Stages)
        {
            Console.WriteLine($"  lambda {stage.Lambda}: {stage.Model.ToRenderName()}, {stage.OuterIterations} outer, {stage.CgIterations} CG, last move {stage.LastMove:0.######} px, {stage.Elapsed.TotalSeconds:0.00} s");
        }

        Console.WriteLine($"inputs {t.Inputs.TotalSeconds:0.00} s, assembly {t.Assembly.TotalSeconds:0.00} s, solve {t.Solve.TotalSeconds:0.00} s, " +
                          $"output {t.Output.TotalSeconds:0.00} s, residuals {t.Residuals.TotalSeconds:0.00} s; solve call {solving.TotalSeconds:0.00} s " +
                          $"(+ building inputs {building.TotalSeconds:0.00} s)");
        Console.WriteLine($"corner error after one similarity: {CornerError(result.Tiles, truth)}");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024 * 1024):0.00} GiB");
        return 0;
    }

    private static string Id(int layer, int row, int column) => $"{layer}.{row}.{column}";

    internal static (List<TileSpec> Tiles, Dictionary<string, AffineModel2D> Truth) Tiles(int layers, int columns, int rows)
    {
        var random = new Random(7);
        var tiles = new List<TileSpec>(layers * columns * rows);
        var truth = new Dictionary<string, AffineModel2D>(layers * columns * rows, StringComparer.Ordinal);
        for (var layer = 0; layer < layers; layer++)
        {
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    double Jitter(double size) => (random.NextDouble() - 0.5) * 2 * size;
                    var (sin, cos) = Math.SinCos(Jitter(0.005));
                    var model = new AffineModel2D(cos, sin, -sin, cos, (column * (Width - Overlap)) + Jitter(10), (row * (Height - Overlap)) + Jitter(10));
                    var (psin, pcos) = Math.SinCos(Jitter(0.005));
                    var start = model.PreConcatenate(new AffineModel2D(pcos, psin, -psin, pcos, Jitter(20), Jitter(20)));
                    var id = Id(layer, row, column);
                    truth[id] = model;
                    tiles.Add(new TileSpec(TileId: id, Layout: new LayoutData(SectionId: $"{layer}.0"), Z: layer, Width: Width, Height: Height,
                        Transforms: new ListTransformSpec([LeafTransformSpec.Of(start)])));
                }
            }
        }

        return (tiles, truth);
    }

    /// <summary>Right, down and next-layer neighbours; points drawn in p's overlap strip (or anywhere for a cross-layer pair).</summary>
    internal static List<CanvasMatches> Matches(int layers, int columns, int rows, int perPair, Dictionary<string, AffineModel2D> truth)
    {
        var pairs = new List<(string P, string Q, int Kind)>();
        for (var layer = 0; layer < layers; layer++)
        {
            for (var row = 0; row < rows; row++)
            {
                for (var column = 0; column < columns; column++)
                {
                    if (column + 1 < columns)
                    {
                        pairs.Add((Id(layer, row, column), Id(layer, row, column + 1), 0));
                    }

                    if (row + 1 < rows)
                    {
                        pairs.Add((Id(layer, row, column), Id(layer, row + 1, column), 1));
                    }

                    if (layer + 1 < layers)
                    {
                        pairs.Add((Id(layer, row, column), Id(layer + 1, row, column), 2));
                    }
                }
            }
        }

        var result = new CanvasMatches[pairs.Count];
        Parallel.For(0, pairs.Count, index =>
        {
            var (p, q, kind) = pairs[index];
            var random = new Random(index);
            var inverse = truth[q].CreateInverse();
            double[] px = new double[perPair], py = new double[perPair], qx = new double[perPair], qy = new double[perPair];
            for (var k = 0; k < perPair; k++)
            {
                var (x, y) = kind switch
                {
                    0 => (Width - Overlap + 20 + (random.NextDouble() * (Overlap - 60)), 20 + (random.NextDouble() * (Height - 60))),
                    1 => (20 + (random.NextDouble() * (Width - 60)), Height - Overlap + 20 + (random.NextDouble() * (Overlap - 60))),
                    _ => (20 + (random.NextDouble() * (Width - 60)), 20 + (random.NextDouble() * (Height - 60))),
                };
                (px[k], py[k]) = (x, y);
                truth[p].ApplyInPlace(ref x, ref y);
                inverse.ApplyInPlace(ref x, ref y);
                (qx[k], qy[k]) = (x + Noise(random), y + Noise(random));
            }

            result[index] = new CanvasMatches($"{p.Split('.')[0]}.0", p, $"{q.Split('.')[0]}.0", q, Matches: new Matches([px, py], [qx, qy], [.. Enumerable.Repeat(1.0, perPair)]));
        });
        return [.. result];
    }

    private static double Noise(Random random) => 0.3 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    internal static string CornerError(IReadOnlyList<TileSpec> solved, Dictionary<string, AffineModel2D> truth)
    {
        var (sx, sy, tx, ty) = (new List<double>(), new List<double>(), new List<double>(), new List<double>());
        foreach (var tile in solved)
        {
            var model = AffineModel2D.Parse(((LeafTransformSpec)tile.Transforms.LastSpec!).DataString);
            foreach (var (cx, cy) in new[] { (0.0, 0.0), (Width, 0.0), (0.0, Height), (Width, Height) })
            {
                double ax = cx, ay = cy, bx = cx, by = cy;
                model.ApplyInPlace(ref ax, ref ay);
                truth[tile.TileId!].ApplyInPlace(ref bx, ref by);
                sx.Add(ax);
                sy.Add(ay);
                tx.Add(bx);
                ty.Add(by);
            }
        }

        var similarity = SimilarityModel2D.Fit(new PointPairs([.. sx], [.. sy], [.. tx], [.. ty]));
        var errors = sx.Select((_, i) =>
        {
            double x = sx[i], y = sy[i];
            similarity.ApplyInPlace(ref x, ref y);
            return Math.Sqrt(((x - tx[i]) * (x - tx[i])) + ((y - ty[i]) * (y - ty[i])));
        }).ToList();
        return $"RMS {Math.Sqrt(errors.Average(e => e * e)):0.000} px, max {errors.Max():0.000} px";
    }

    private sealed class Progress(Action<string> write) : IProgress<SolveProgress>
    {
        public void Report(SolveProgress value) => write($"{value.Phase}: {value.Message}");
    }
}
