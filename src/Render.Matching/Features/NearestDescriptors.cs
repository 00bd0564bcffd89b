using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Render.Matching.Features;

/// <summary>
/// Exact nearest and second-nearest q descriptor of every p descriptor, for descriptors whose values
/// are whole numbers 0 to 255 (OpenCV's SIFT rounds every value so, even as floats). The squared
/// distances are summed as integers with AVX-512 or AVX2 multiply-add of 16-bit differences: the same
/// distances as OpenCV's float brute-force matcher (a sum of at most 128 × 255² is exact in a float
/// too), at twice the values per instruction. The brute-force matcher was a quarter of a montage
/// pair's CPU (about 45 ms for 1,900 × 1,900 descriptors); this takes about a third of that
/// (docs/BENCHMARKS.md, "Point matching through the CLI").
/// </summary>
internal static class NearestDescriptors
{
    /// <summary>True when this machine has the vector instructions the search uses.</summary>
    public static bool IsSupported => Avx512BW.IsSupported || Avx2.IsSupported;

    /// <summary>
    /// For each p row: the index of its nearest q row and the squared distances to the nearest and the
    /// second nearest (ties keep the lower index). Rows are <paramref name="length"/> values, a multiple of 32.
    /// </summary>
    public static (int[] Nearest, int[] Best, int[] Second) Search(short[] p, short[] q, int length)
    {
        var pCount = p.Length / length;
        var qCount = q.Length / length;
        int[] nearest = new int[pCount], best = new int[pCount], second = new int[pCount];
        for (var i = 0; i < pCount; i++)
        {
            var row = p.AsSpan(i * length, length);
            int bestIndex = -1, bestDistance = int.MaxValue, secondDistance = int.MaxValue;
            for (var j = 0; j < qCount; j++)
            {
                var distance = Avx512BW.IsSupported ? Distance512(row, q.AsSpan(j * length, length)) : Distance256(row, q.AsSpan(j * length, length));
                if (distance < bestDistance)
                {
                    secondDistance = bestDistance;
                    bestDistance = distance;
                    bestIndex = j;
                }
                else if (distance < secondDistance)
                {
                    secondDistance = distance;
                }
            }

            (nearest[i], best[i], second[i]) = (bestIndex, bestDistance, secondDistance);
        }

        return (nearest, best, second);
    }

    /// <summary>The descriptors as 16-bit integers, or null when a value is not a whole number 0 to 255.</summary>
    public static short[]? AsIntegers(float[] descriptors)
    {
        var values = new short[descriptors.Length];
        for (var i = 0; i < descriptors.Length; i++)
        {
            var value = descriptors[i];
            if (!(value >= 0 && value <= 255) || value != MathF.Floor(value))
            {
                return null;
            }

            values[i] = (short)value;
        }

        return values;
    }

    private static int Distance512(ReadOnlySpan<short> a, ReadOnlySpan<short> b)
    {
        var sum = Vector512<int>.Zero;
        for (var k = 0; k < a.Length; k += Vector512<short>.Count)
        {
            var difference = Vector512.Create(a[k..]) - Vector512.Create(b[k..]);
            sum += Avx512BW.MultiplyAddAdjacent(difference, difference);
        }

        return Vector512.Sum(sum);
    }

    private static int Distance256(ReadOnlySpan<short> a, ReadOnlySpan<short> b)
    {
        var sum = Vector256<int>.Zero;
        for (var k = 0; k < a.Length; k += Vector256<short>.Count)
        {
            var difference = Vector256.Create(a[k..]) - Vector256.Create(b[k..]);
            sum += Avx2.MultiplyAddAdjacent(difference, difference);
        }

        return Vector256.Sum(sum);
    }
}
