namespace Render.Geometry.Transforms;

/// <summary>
/// Maps large point sets on several cores: the points are cut into chunks, each mapped by the
/// transform's own batch method. The results are the same as one call on all points.
/// </summary>
public static class TransformBatch
{
    /// <summary>Points per chunk: large enough to amortise scheduling, small enough to balance.</summary>
    public const int ChunkSize = 16_384;

    /// <summary>Maps the points in place on up to <paramref name="maxDegreeOfParallelism"/> threads (-1: all cores).</summary>
    public static void ApplyInPlace(ICoordinateTransform transform, double[] x, double[] y, int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(transform);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length != y.Length)
        {
            throw new ArgumentException($"{x.Length} x values but {y.Length} y values");
        }

        var chunks = (x.Length + ChunkSize - 1) / ChunkSize;
        if (chunks <= 1 || maxDegreeOfParallelism == 1)
        {
            transform.ApplyInPlace(x.AsSpan(), y.AsSpan());
            return;
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism };
        Parallel.For(0, chunks, options, chunk =>
        {
            var start = chunk * ChunkSize;
            var length = Math.Min(ChunkSize, x.Length - start);
            transform.ApplyInPlace(x.AsSpan(start, length), y.AsSpan(start, length));
        });
    }
}
