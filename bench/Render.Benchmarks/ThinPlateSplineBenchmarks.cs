using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Benchmarks;

/// <summary>
/// The thin-plate spline's two costly operations against render-python's numpy code on this
/// machine: mapping 100,000 points through render-python's 995-landmark fixture (numpy: 7,837 ms),
/// and fitting 400 landmarks with the affine part (numpy: 85 ms).
/// </summary>
[MemoryDiagnoser]
public class ThinPlateSplineBenchmarks
{
    private const int Points = 100_000;

    private ThinPlateSplineTransform _spline = null!;
    private PointPairs _landmarks = null!;
    private double[] _x = [];
    private double[] _y = [];
    private double[] _workX = [];
    private double[] _workY = [];

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "thin_plate_spline.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        _spline = ThinPlateSplineTransform.Parse(document.RootElement.GetProperty("dataString").GetString()!);

        // 400 × 250 points over the spline's 3840 × 3840 extent.
        (_x, _y) = ThinPlateSplineTransform.SourceGrid(0, 0, 3840, 3840, 400, Points / 400);
        _workX = new double[Points];
        _workY = new double[Points];

        var (sourceX, sourceY) = ThinPlateSplineTransform.SourceGrid(0, 0, 3840, 3840, 20, 20);
        var targetX = sourceX.ToArray();
        var targetY = sourceY.ToArray();
        _spline.ApplyInPlace(targetX.AsSpan(), targetY.AsSpan());
        _landmarks = new PointPairs(sourceX, sourceY, targetX, targetY);
    }

    [Benchmark]
    public double Apply100kPointsOneThread()
    {
        _x.CopyTo(_workX, 0);
        _y.CopyTo(_workY, 0);
        _spline.ApplyInPlace(_workX.AsSpan(), _workY.AsSpan());
        return _workX[^1];
    }

    [Benchmark]
    public double Apply100kPointsAllCores()
    {
        _x.CopyTo(_workX, 0);
        _y.CopyTo(_workY, 0);
        TransformBatch.ApplyInPlace(_spline, _workX, _workY);
        return _workX[^1];
    }

    [Benchmark]
    public int Fit400LandmarksWithAffine() => ThinPlateSplineTransform.Fit(_landmarks, computeAffine: true).LandmarkCount;
}
