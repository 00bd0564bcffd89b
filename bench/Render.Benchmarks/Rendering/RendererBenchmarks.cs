using BenchmarkDotNet.Attributes;
using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Benchmarks.Rendering;

/// <summary>
/// The renderer end to end (warm image cache, no encoding): render's perf-test box (4 lens-corrected,
/// masked tiles at scale 0.5, an 800×800 ARGB output; see <see cref="RendererScenes.PerfTestBox"/>),
/// and one synthetic 4096×4096 16-bit tile through the same lens correction plus an affine at scale 1.
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
        _perfTest = RendererScenes.PerfTestBox();
        _fileRenderer = RendererScenes.FileRenderer();
        _synthetic = RendererScenes.Synthetic(_perfTest, SyntheticSize, count: 1, scale: 1, masked: false);
        _syntheticRenderer = new CanvasRenderer(new SyntheticLoader(PixelKind.Gray16, SyntheticSize, masked: false));
        PerfTestBox();
        SyntheticTile();
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
}
