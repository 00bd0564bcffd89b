using Render.Geometry.Transforms;

namespace Render.Imaging.Mapping;

/// <summary>
/// A transform applied to many points in chunks on several threads. Transforms are immutable and
/// map each point on its own (their batch paths agree with the one-point path bit for bit), so the
/// chunking does not change a result; it matters for the costly ones (moving least squares fits a
/// model per point).
/// </summary>
internal static class ParallelTransform
{
    /// <summary>
    /// The fewest points per chunk: with fewer, threads cost more than they save. Small enough that the
    /// mesh and samples of a tile (a thousand or two points through a moving least squares transform)
    /// still make threads · 4 chunks, which keeps the cores evenly loaded.
    /// </summary>
    private const int MinimumChunk = 64;

    /// <summary>Maps every point (x[i], y[i]) in place with up to <paramref name="threads"/> threads.</summary>
    public static void ApplyInPlace(ICoordinateTransform transform, double[] x, double[] y, int threads)
    {
        var chunks = Math.Min(threads * 4, x.Length / MinimumChunk);
        if (threads <= 1 || chunks <= 1)
        {
            transform.ApplyInPlace(x.AsSpan(), y.AsSpan());
            return;
        }

        var chunkLength = (x.Length + chunks - 1) / chunks;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
        {
            var start = chunk * chunkLength;
            var length = Math.Min(chunkLength, x.Length - start);
            transform.ApplyInPlace(x.AsSpan(start, length), y.AsSpan(start, length));
        });
    }
}
