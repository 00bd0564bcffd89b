using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Benchmarks.Rendering;

/// <summary>
/// SHA-256 of the renderer's canvas and output for the benchmark scenes and variants of them (each mapper,
/// nearest and bilinear, 1 and 2 threads), printed one per line: a speed change must leave every
/// line as it was.
/// </summary>
internal static class RendererChecksums
{
    public static IEnumerable<string> Compute()
    {
        var perfTest = RendererScenes.PerfTestBox();
        foreach (var threads in new[] { 1, 2 })
        {
            var files = RendererScenes.FileRenderer(threads);
            yield return Line($"perf-test box, {threads} thread(s)", files, perfTest);
            yield return Line($"perf-test box, binary mask, {threads} thread(s)", files, perfTest with { BinaryMask = true });
            yield return Line($"perf-test box, nearest, {threads} thread(s)", files, perfTest with { SkipInterpolation = true });
            yield return Line($"perf-test box, no mask, {threads} thread(s)", files, perfTest with { ExcludeMask = true });
            yield return Line($"perf-test box, scale 0.37, {threads} thread(s)", files, perfTest with { Scale = 0.37, X = perfTest.X + 13.3 });
            yield return Line($"perf-test box, 16-bit, {threads} thread(s)", files, perfTest, sixteenBit: true);
        }

        foreach (var kind in new[] { PixelKind.Gray16, PixelKind.Gray8, PixelKind.Rgb })
        {
            var masked = new CanvasRenderer(new SyntheticLoader(kind, 1024, masked: true), 2);
            var scene = RendererScenes.Synthetic(perfTest, 1024, count: 3, scale: 0.8, masked: true, kind == PixelKind.Gray16 ? 65535 : 255);
            yield return Line($"synthetic {kind}, 3 masked tiles", masked, scene);
            yield return Line($"synthetic {kind}, 3 masked tiles, binary mask", masked, scene with { BinaryMask = true });
            yield return Line($"synthetic {kind}, 3 masked tiles, nearest", masked, scene with { SkipInterpolation = true });
            yield return Line($"synthetic {kind}, 3 tiles without masks", masked, scene with { ExcludeMask = true });
            yield return Line($"synthetic {kind}, 3 tiles without masks, 16-bit", masked, scene with { ExcludeMask = true }, sixteenBit: true);
        }

        var large = RendererScenes.Synthetic(perfTest, 4096, count: 1, scale: 1, masked: false);
        foreach (var threads in new[] { 1, 2 })
        {
            var renderer = new CanvasRenderer(new SyntheticLoader(PixelKind.Gray16, 4096, masked: false), threads);
            yield return Line($"synthetic tile 4096², 16-bit, {threads} thread(s)", renderer, large, sixteenBit: true);
        }
    }

    private static string Line(string name, CanvasRenderer renderer, RenderParameters parameters, bool sixteenBit = false)
    {
        // The canvas too: the output alone can hide it (an RGB canvas blended by masks is transparent in render's ARGB output).
        using var canvas = renderer.Render(parameters);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (canvas is not null)
        {
            hash.AppendData(canvas.Image.Gray is { } gray ? MemoryMarshal.AsBytes(gray.Pixels) : MemoryMarshal.AsBytes(canvas.Image.Rgb!.Pixels));
            hash.AppendData(canvas.Mask is { } mask ? mask.Pixels : []);
        }

        if (sixteenBit)
        {
            using var output = Gray16Output.Create(canvas, parameters);
            hash.AppendData(MemoryMarshal.AsBytes(output.Pixels));
        }
        else
        {
            using var output = ArgbOutput.Create(canvas, parameters);
            hash.AppendData(MemoryMarshal.AsBytes(output.Pixels));
        }

        return $"{Convert.ToHexString(hash.GetHashAndReset())[..16]}  {name}";
    }
}
