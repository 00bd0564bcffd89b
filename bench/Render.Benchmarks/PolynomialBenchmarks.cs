using BenchmarkDotNet.Attributes;
using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Benchmarks;

/// <summary>
/// The order-2 PolynomialTransform2D of render-python's tests: mapping a million points (one core,
/// then all cores through TransformBatch) and fitting it to 5,000 point pairs. render-python (numpy)
/// takes 45 ms and 1953 ms for these on the team's machine.
/// </summary>
[MemoryDiagnoser]
public class PolynomialBenchmarks
{
    private const string OrderTwo =
        "67572.7356991 0.972637082773 -0.0266434803369 -3.08962731867E-06 3.52672451824E-06 1.36924119761E-07 " +
        "5446.85340052 0.0224047626583 0.961202608454 -3.36753624487E-07 -8.97219078255E-07 -5.49854010072E-06";

    private readonly PolynomialTransform2D _polynomial = PolynomialTransform2D.Parse(OrderTwo);
    private BenchmarkPoints _points = BenchmarkPoints.Empty;
    private PointPairs _pairs = new([], [], [], []);

    [GlobalSetup]
    public void Setup()
    {
        _points = BenchmarkPoints.OnTile(1_000_000, 2560, 2160);
        var sample = BenchmarkPoints.OnTile(5_000, 2560, 2160);
        var (qx, qy) = ((double[])sample.SourceX.Clone(), (double[])sample.SourceY.Clone());
        _polynomial.ApplyInPlace(qx.AsSpan(), qy.AsSpan());
        _pairs = new PointPairs(sample.SourceX, sample.SourceY, qx, qy);
    }

    // The points are mapped in place: every iteration starts again from the same source points.
    [IterationSetup(Targets = [nameof(ApplyMillionPoints), nameof(ApplyMillionPointsAllCores)])]
    public void ResetPoints() => _points.Reset();

    [Benchmark]
    public double ApplyMillionPoints()
    {
        _polynomial.ApplyInPlace(_points.X.AsSpan(), _points.Y.AsSpan());
        return _points.X[^1];
    }

    [Benchmark]
    public double ApplyMillionPointsAllCores()
    {
        TransformBatch.ApplyInPlace(_polynomial, _points.X, _points.Y);
        return _points.X[^1];
    }

    [Benchmark]
    public int FitOrderTwoTo5000Pairs() => PolynomialTransform2D.Fit(_pairs, 2).Order;
}
