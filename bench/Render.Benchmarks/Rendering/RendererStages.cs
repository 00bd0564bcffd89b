using System.Diagnostics;
using Render.Geometry.Numerics;
using Render.Geometry.Transforms;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Mapping;
using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Benchmarks.Rendering;

/// <summary>
/// The renderer benchmarks' scenes taken apart into CanvasRenderer's steps (transform list, average
/// scale, load, mesh, mapping, output), each timed on its own over <c>repeats</c> warm runs on all
/// cores after a warm-up, to see which step to speed up. Filters, channel averaging and conversion are left out: the
/// scenes need none.
/// </summary>
internal static class RendererStages
{
    public static void Run(string scene, int repeats)
    {
        var (parameters, loader, sixteenBit) = scene switch
        {
            nameof(RendererBenchmarks.SyntheticTile) => (
                RendererScenes.Synthetic(RendererScenes.PerfTestBox(), 4096, count: 1, scale: 1, masked: false),
                (ITileImageLoader)new SyntheticLoader(PixelKind.Gray16, 4096, masked: false),
                true),
            _ => (RendererScenes.PerfTestBox(), new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache()), false),
        };
        // Three seconds of runs warm the image cache and let the JIT reach its optimised tier.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 3)
        {
            RenderOnce(parameters, loader, sixteenBit, Environment.ProcessorCount);
        }

        var totals = new Dictionary<string, double>();
        for (var run = 0; run < repeats; run++)
        {
            foreach (var (stage, milliseconds) in RenderOnce(parameters, loader, sixteenBit, Environment.ProcessorCount))
            {
                totals[stage] = totals.GetValueOrDefault(stage) + milliseconds;
            }
        }

        Console.WriteLine($"{scene}, mean of {repeats} warm runs:");
        foreach (var (stage, milliseconds) in totals)
        {
            Console.WriteLine($"{stage,-16} {milliseconds / repeats,8:F2} ms");
        }

        Console.WriteLine($"{"total",-16} {totals.Values.Sum() / repeats,8:F2} ms");
    }

    private static List<(string Stage, double Milliseconds)> RenderOnce(RenderParameters p, ITileImageLoader loader, bool sixteenBit, int threads)
    {
        var times = new List<(string, double)>();
        var clock = Stopwatch.StartNew();
        void Lap(string stage)
        {
            times.Add((stage, clock.Elapsed.TotalMilliseconds));
            clock.Restart();
        }

        var scale = p.Scale;
        var cellSize = Math.Max(p.MeshCellSize, p.MinMeshCellSize / scale);
        var placement = new AffineModel2D(scale, 0, 0, scale, -(p.X * scale), -(p.Y * scale));
        var hasMasks = CanvasRenderer.HasMasks(p);
        Canvas? canvas = null;
        foreach (var tile in p.TileSpecs)
        {
            clock.Restart();
            var (channel, _, _) = ChannelSelection.For(tile, p)!.Value;
            var transform = new CoordinateTransformList([tile.BuildTransformList(), placement]);
            Lap("transform list");
            var (width, height) = channel.Width is { } w && channel.Height is { } h ? (w, h) : loader.GetFullScaleSize(channel);
            var level = MipmapLevels.BestMipmapLevel(MipmapLevels.SampleAverageScale(transform, width, height, cellSize, threads));
            Lap("average scale");
            var loaded = loader.Load(channel, level, withMask: true)!;
            var mask = loaded.Mask;
            canvas ??= Canvas.Create(loaded.Image.Kind, JavaMath.ToInt((p.Width * scale) + 0.5), JavaMath.ToInt((p.Height * scale) + 0.5), hasMasks);
            Lap("load (cached)");
            var columns = JavaMath.ToInt((width / cellSize) + 0.5);
            var levelTransform = new CoordinateTransformList([MipmapLevels.ScaleLevelTransform(level), transform]);
            var mesh = RenderMesh.Create(levelTransform, columns, loaded.Image.Width, loaded.Image.Height, threads);
            Lap("mesh");
            TileMapper.Map(mesh, loaded.Image, mask, canvas, interpolate: true, binaryMask: false, threads);
            Lap("mapping");
        }

        clock.Restart();
        if (sixteenBit)
        {
            Gray16Output.Create(canvas, p).Dispose();
        }
        else
        {
            ArgbOutput.Create(canvas, p).Dispose();
        }

        Lap("output");
        canvas?.Dispose();
        return times;
    }
}
