using BenchmarkDotNet.Attributes;
using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Benchmarks;

/// <summary>
/// Affine kernels against render-python's numpy figures on this machine: applying an affine to
/// 1,000,000 points (41 ms) and fitting one to 1,000,000 pairs (2,202 ms).
/// </summary>
[MemoryDiagnoser]
public class AffineBenchmarks
{
    private const int Points = 1_000_000;
    private static readonly AffineModel2D Model = new(0.9, -0.2, 0.3, 0.85, 245.3, -234.1);

    private readonly double[] _x = new double[Points];
    private readonly double[] _y = new double[Points];
    private double[] _sourceX = [];
    private double[] _sourceY = [];
    private PointPairs _pairs = new([], [], [], []);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        _sourceX = [.. Enumerable.Range(0, Points).Select(_ => random.NextDouble() * 4000)];
        _sourceY = [.. Enumerable.Range(0, Points).Select(_ => random.NextDouble() * 4000)];
        var (qx, qy) = (_sourceX.ToArray(), _sourceY.ToArray());
        Model.ApplyInPlace(qx.AsSpan(), qy.AsSpan());
        _pairs = new PointPairs(_sourceX, _sourceY, qx, qy);
    }

    [IterationSetup(Targets = [nameof(ApplyOneCore), nameof(ApplyAllCores)])]
    public void ResetPoints()
    {
        _sourceX.CopyTo(_x, 0);
        _sourceY.CopyTo(_y, 0);
    }

    [Benchmark]
    public void ApplyOneCore() => Model.ApplyInPlace(_x.AsSpan(), _y.AsSpan());

    [Benchmark]
    public void ApplyAllCores() => TransformBatch.ApplyInPlace(Model, _x, _y);

    [Benchmark]
    public AffineModel2D Fit() => AffineModel2D.Fit(_pairs);
}
