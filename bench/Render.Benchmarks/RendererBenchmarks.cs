using BenchmarkDotNet.Attributes;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Json;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Benchmarks;

/// <summary>
/// The renderer end to end (warm image cache, no encoding): render's perf-test box (4 lens-corrected,
/// masked tiles at scale 0.5, an 800×800 ARGB output; see LevelZeroCopies), and one synthetic
/// 4096×4096 16-bit tile through the same lens correction plus an affine at scale 1.
/// </summary>
[MemoryDiagnoser]
public class RendererBenchmarks
{
    private const int SyntheticSize = 4096;
    private RenderParameters _perfTest = null!;
    private RenderParameters _synthetic = null!;
    private CanvasRenderer _fileRenderer = null!;
    private CanvasRenderer _syntheticRenderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestData", "perf-test");
        var json = File.ReadAllText(Path.Combine(folder, "json", "tif", "render-1600-3200-1600-1600.json"))
            .Replace("src/test/resources/perf-test/level_0/", LevelZeroCopies(folder) + "/", StringComparison.Ordinal)
            .Replace("src/test/resources/perf-test/", folder + "/", StringComparison.Ordinal);
        _perfTest = RenderJson.Parse<RenderParameters>(json).Value! with { Scale = 0.5 };
        _fileRenderer = new CanvasRenderer(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache()));

        var lensTile = _perfTest.TileSpecs[0];
        var lens = lensTile.Transforms.Flatten().SpecList[0];
        var tile = new TileSpec(
            TileId: "synthetic", Width: SyntheticSize, Height: SyntheticSize, MaxIntensity: 65535,
            MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("memory:synthetic")),
            Transforms: new Model.Transforms.ListTransformSpec([lens, new Model.Transforms.LeafTransformSpec(
                Geometry.Transforms.AffineModel2D.JavaClassName, "0.98 0.03 -0.03 0.98 120 -80")]));
        _synthetic = new RenderParameters(Width: SyntheticSize, Height: SyntheticSize, TileSpecs: [tile]);
        _syntheticRenderer = new CanvasRenderer(new SyntheticLoader(SyntheticSize));
        PerfTestBox();
        SyntheticTile();
    }

    /// <summary>
    /// The level-0 TIFFs are not in the reference snapshot; the tiles' scale at 0.5 picks level 0
    /// (average scale just above 0.5), so stand-ins are made by doubling the level-1 mipmaps.
    /// </summary>
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

    [Benchmark]
    public int PerfTestBox()
    {
        using var canvas = _fileRenderer.Render(_perfTest);
        using var output = ArgbOutput.Create(canvas, _perfTest);
        return output[400, 400];
    }

    [Benchmark]
    public int SyntheticTile()
    {
        using var canvas = _syntheticRenderer.Render(_synthetic);
        using var output = Gray16Output.Create(canvas, _synthetic);
        return output[2048, 2048];
    }

    private sealed class SyntheticLoader : ITileImageLoader
    {
        private readonly LoadedChannel _channel;

        public SyntheticLoader(int size)
        {
            var raster = Raster.Allocate(PixelKind.Gray16, size, size);
            var random = new Random(7);
            var pixels = raster.Gray!.Pixels;
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (ushort)random.Next(65536);
            }

            _channel = new LoadedChannel(raster, null);
        }

        public (int Width, int Height) GetFullScaleSize(ChannelSource channel) => (_channel.Image.Width, _channel.Image.Height);

        public LoadedChannel? Load(ChannelSource channel, int level, bool withMask) => _channel;
    }
}
