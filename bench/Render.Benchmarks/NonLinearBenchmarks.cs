using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Render.Geometry.Transforms;

namespace Render.Benchmarks;

/// <summary>
/// example_1's first lens correction (NonLinearCoordinateTransform, dimension 5, 21 features) mapping a
/// million points on one core and on all cores. render-python (numpy) takes 1230 ms for this on the
/// team's machine.
/// </summary>
[MemoryDiagnoser]
public class NonLinearBenchmarks
{
    private NonLinearCoordinateTransform? _lens;
    private BenchmarkPoints _points = BenchmarkPoints.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _lens = NonLinearCoordinateTransform.Parse(FirstLensDataString());
        _points = BenchmarkPoints.OnTile(1_000_000, _lens.Width, _lens.Height);
    }

    // The points are mapped in place: every iteration starts again from the same source points.
    [IterationSetup]
    public void ResetPoints() => _points.Reset();

    [Benchmark]
    public double ApplyMillionPoints()
    {
        _lens!.ApplyInPlace(_points.X.AsSpan(), _points.Y.AsSpan());
        return _points.X[^1];
    }

    [Benchmark]
    public double ApplyMillionPointsAllCores()
    {
        TransformBatch.ApplyInPlace(_lens!, _points.X, _points.Y);
        return _points.X[^1];
    }

    private static string FirstLensDataString()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "cycle1_step1_acquire_transforms.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var list in document.RootElement.EnumerateArray())
        {
            foreach (var leaf in list.GetProperty("specList").EnumerateArray())
            {
                if (leaf.GetProperty("className").GetString() == NonLinearCoordinateTransform.JavaClassName)
                {
                    return leaf.GetProperty("dataString").GetString()!;
                }
            }
        }

        throw new InvalidOperationException($"no lens correction in {path}");
    }
}
