namespace Render.Benchmarks;

/// <summary>Random points on a tile (fixed seed) and working copies that transforms map in place.</summary>
internal sealed class BenchmarkPoints
{
    private BenchmarkPoints(double[] sourceX, double[] sourceY)
    {
        SourceX = sourceX;
        SourceY = sourceY;
        X = (double[])sourceX.Clone();
        Y = (double[])sourceY.Clone();
    }

    public static BenchmarkPoints Empty { get; } = new([], []);

    public double[] SourceX { get; }

    public double[] SourceY { get; }

    public double[] X { get; }

    public double[] Y { get; }

    public static BenchmarkPoints OnTile(int count, double width, double height)
    {
        var random = new Random(2560);
        var x = new double[count];
        var y = new double[count];
        for (var i = 0; i < count; i++)
        {
            x[i] = random.NextDouble() * width;
            y[i] = random.NextDouble() * height;
        }

        return new BenchmarkPoints(x, y);
    }

    /// <summary>Copies the source points back into the working arrays.</summary>
    public void Reset()
    {
        SourceX.CopyTo(X, 0);
        SourceY.CopyTo(Y, 0);
    }
}
