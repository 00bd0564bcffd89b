using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Json;
using Render.Model.Rendering;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Benchmarks.Rendering;

/// <summary>The inputs of the renderer benchmarks and checksums: render's perf-test box and synthetic tiles.</summary>
internal static class RendererScenes
{
    /// <summary>
    /// render's <c>perf-test/json/tif/render-1600-3200-1600-1600.json</c> at scale 0.5. The level-0
    /// TIFFs are not in the reference snapshot; the tiles' scale at 0.5 picks level 0 (average scale
    /// just above 0.5), so stand-ins are made by doubling the level-1 mipmaps.
    /// </summary>
    public static RenderParameters PerfTestBox()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "perf-test");
        var json = File.ReadAllText(Path.Combine(folder, "json", "tif", "render-1600-3200-1600-1600.json"))
            .Replace("src/test/resources/perf-test/level_0/", LevelZeroCopies(folder) + "/", StringComparison.Ordinal)
            .Replace("src/test/resources/perf-test/", folder + "/", StringComparison.Ordinal);
        return RenderJson.Parse<RenderParameters>(json).Value! with { Scale = 0.5 };
    }

    /// <summary>A renderer over local files with its own (initially cold) image cache.</summary>
    public static CanvasRenderer FileRenderer(int threads = -1) =>
        new(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache()), threads);

    /// <summary>
    /// <paramref name="count"/> synthetic <paramref name="size"/>² tiles, each through the perf-test
    /// lens correction and an affine (the later ones shifted so that they overlap the earlier),
    /// rendered whole at <paramref name="scale"/>.
    /// </summary>
    public static RenderParameters Synthetic(RenderParameters perfTest, int size, int count, double scale, bool masked, int maxIntensity = 65535)
    {
        var lens = perfTest.TileSpecs[0].Transforms.Flatten().SpecList[0];
        var tiles = new List<TileSpec>();
        for (var i = 0; i < count; i++)
        {
            var affine = new LeafTransformSpec(
                Geometry.Transforms.AffineModel2D.JavaClassName, $"0.98 0.03 -0.03 0.98 {120 + (size * i / 3)} {-80 + (size * i / 5)}");
            tiles.Add(new TileSpec(
                TileId: $"synthetic-{i}", Width: size, Height: size, MaxIntensity: maxIntensity,
                MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("memory:synthetic", MaskUrl: masked ? "memory:mask" : null)),
                Transforms: new ListTransformSpec([lens, affine])));
        }

        var extent = size + (size * (count - 1) / 3);
        return new RenderParameters(Width: extent, Height: extent, Scale: scale, TileSpecs: tiles);
    }

    private static string LevelZeroCopies(string folder)
    {
        var target = Directory.CreateTempSubdirectory("render-bench-level0-").FullName;
        foreach (var level1 in Directory.EnumerateFiles(Path.Combine(folder, "mipmaps", "tif"), "*.tif_level_1_mipmap.tif"))
        {
            using var image = NetVips.Image.NewFromFile(level1);
            using var doubled = image.Resize(2, kernel: NetVips.Enums.Kernel.Nearest);
            doubled.Tiffsave(Path.Combine(target, Path.GetFileName(level1).Replace("_level_1_mipmap.tif", string.Empty, StringComparison.Ordinal)));
        }

        return target;
    }
}
