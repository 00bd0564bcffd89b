using NetVips;
using Render.Imaging.Codecs.Loading;
using Render.Matching.Matching;
using Render.Matching.Pipeline;
using Render.Model.PointMatches;
using Render.Model.Rendering;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Benchmarks.Matching;

/// <summary>
/// Montage point matching as the issue asks it measured: a grid of 2048 × 2048 8-bit tiles (PNG
/// files cut with 10% overlap from a smoothed-noise world), every row and column neighbour pair
/// matched at render scale 0.4 through the whole pipeline (decode, mipmap, render, SIFT, ratio
/// test, RANSAC), features cached per tile. Prints one pair from cold, then the whole montage on
/// two workers: pairs per second and the stage split.
/// </summary>
internal static class MontageMatchRun
{
    private const int TileSize = 2048;
    private const int Step = 1843;

    public static void Run(int rows, int columns, int openCvThreads)
    {
        var folder = Directory.CreateTempSubdirectory("render-matching-bench-");
        try
        {
            var tiles = WriteTiles(folder.FullName, rows, columns);
            if (openCvThreads > 0)
            {
                OpenCvSharp.Cv2.SetNumThreads(openCvThreads);
            }

            Console.WriteLine($"{rows} x {columns} tiles of {TileSize} x {TileSize}, render scale 0.4, OpenCV threads {OpenCvSharp.Cv2.GetNumThreads()}, {Environment.ProcessorCount} cores");
            var pairs = Pairs(tiles, rows, columns);
            Report("one pair from cold", RunPairs([pairs[0]], threads: 1));
            Report($"{pairs.Count} montage pairs, 2 workers", RunPairs(pairs, threads: 2));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Writes the grid's tiles into <paramref name="folder"/> and their tile specs, each placed in
    /// the world by a translation, as <c>tiles.json</c> (for the CLI benchmark, bench/match_cli).
    /// </summary>
    public static void WriteStack(string folder, int rows, int columns)
    {
        Directory.CreateDirectory(folder);
        var tiles = WriteTiles(folder, rows, columns);
        var placed = new List<TileSpec>();
        for (var row = 0; row < rows; row++)
        {
            for (var col = 0; col < columns; col++)
            {
                var translation = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{col * Step} {row * Step}");
                placed.Add(tiles[row, col] with { Transforms = new ListTransformSpec([new LeafTransformSpec("mpicbg.trakem2.transform.TranslationModel2D", translation)]) });
            }
        }

        File.WriteAllText(Path.Combine(folder, "tiles.json"), Render.Model.Json.RenderJson.Serialize(placed));
        Console.WriteLine($"{rows * columns} tiles of {TileSize} x {TileSize} and tiles.json in {folder}");
    }

    private static PointMatchReport RunPairs(List<CanvasPairRequest> pairs, int threads)
    {
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());
        var options = new PointMatchOptions(RenderScale: 0.4, Match: new MatchOptions(MaxEpsilonFullScale: 5, MinNumInliers: 10), MaxDegreeOfParallelism: threads);
        return new PointMatchPipeline(loader, options).RunAsync(pairs).GetAwaiter().GetResult();
    }

    private static void Report(string title, PointMatchReport report)
    {
        var t = report.Timings;
        var seconds = report.Elapsed.TotalSeconds;
        var inliers = report.Pairs.Select(pair => pair.InlierCount).Order().ToList();
        var features = report.Pairs.Select(pair => pair.PFeatureCount).Order().ToList();
        Console.WriteLine($"{title}: {seconds * 1000:F0} ms wall, {report.Pairs.Count / seconds:F2} pairs/s, failures {report.Failures.Count}, features median {features[features.Count / 2]}, inliers median {inliers[inliers.Count / 2]} (min {inliers[0]})");
        Console.WriteLine($"  stage CPU: render {t.Render.TotalMilliseconds:F0} ms, features {t.Features.TotalMilliseconds:F0} ms, matching {t.Matching.TotalMilliseconds:F0} ms, filtering {t.Filtering.TotalMilliseconds:F0} ms"
            + $" (per pair: {t.Render.TotalMilliseconds / report.Pairs.Count:F0} / {t.Features.TotalMilliseconds / report.Pairs.Count:F0} / {t.Matching.TotalMilliseconds / report.Pairs.Count:F0} / {t.Filtering.TotalMilliseconds / report.Pairs.Count:F0} ms)");
    }

    private static TileSpec[,] WriteTiles(string folder, int rows, int columns)
    {
        var width = ((columns - 1) * Step) + TileSize;
        var height = ((rows - 1) * Step) + TileSize;
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 60);
        // Structure at 4 and 16 full-scale pixels, so that some of it survives scale 0.4 and SIFT's 0.85.
        using var fine = noise.Gaussblur(4);
        using var coarse = noise.Gaussblur(16);
        using var mixed = (fine * 6) + (coarse * 20) - 3200;
        using var world = mixed.Cast(Enums.BandFormat.Uchar).CopyMemory();
        var tiles = new TileSpec[rows, columns];
        for (var row = 0; row < rows; row++)
        {
            for (var col = 0; col < columns; col++)
            {
                var path = Path.Combine(folder, $"r{row}c{col}.png");
                using var crop = world.Crop(col * Step, row * Step, TileSize, TileSize);
                crop.Pngsave(path, compression: 1);
                tiles[row, col] = new TileSpec(TileId: $"r{row}c{col}", Z: 1, Width: TileSize, Height: TileSize, MinIntensity: 0, MaxIntensity: 255,
                    Layout: new LayoutData(SectionId: "1.0"),
                    MipmapLevels: new MipmapLevelDictionary(new SortedDictionary<int, ImageAndMask> { [0] = new ImageAndMask(ImageUrl: path) }));
            }
        }

        return tiles;
    }

    private static List<CanvasPairRequest> Pairs(TileSpec[,] tiles, int rows, int columns)
    {
        CanvasRequest Canvas(TileSpec tile) => CanvasRequest.Of(tile.TileId!, new CanvasId("1.0", tile.TileId),
            new RenderParameters(Width: TileSize, Height: TileSize, ExcludeMask: true, TileSpecs: [tile with { Transforms = ListTransformSpec.Empty }]));

        var pairs = new List<CanvasPairRequest>();
        for (var row = 0; row < rows; row++)
        {
            for (var col = 0; col < columns; col++)
            {
                if (col + 1 < columns)
                {
                    pairs.Add(new CanvasPairRequest(Canvas(tiles[row, col]), Canvas(tiles[row, col + 1])));
                }

                if (row + 1 < rows)
                {
                    pairs.Add(new CanvasPairRequest(Canvas(tiles[row, col]), Canvas(tiles[row + 1, col])));
                }
            }
        }

        return pairs;
    }
}
