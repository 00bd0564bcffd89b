using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Render.Imaging.Mapping;

/// <summary>
/// ImageJ's bilinear grey read (<see cref="Sampling.Bilinear"/>) for four target pixels of a row at
/// once (AVX2). Every lane does the scalar path's IEEE double operations in the same order (no fused
/// multiply-add), so each pixel gets exactly the scalar value. A group with a pixel outside the
/// source's inner cells, where ImageJ reads 0 or the position is NaN, is refused and left to the
/// scalar path. One location serves an image and its mask.
/// </summary>
internal static class BilinearGrayVectors
{
    /// <summary>Whether this machine has the instructions.</summary>
    public static bool IsSupported => Avx2.IsSupported;

    /// <summary>
    /// The cells of columns <paramref name="x"/> to x + 3 of <paramref name="row"/> in a
    /// <paramref name="width"/>×<paramref name="height"/> source; false when one of them is not inside.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryLocate(int width, int height, in InverseAffineRow row, int x, out BilinearCells cells)
    {
        // Column numbers are small integers, so x + lane is exact as in the scalar conversion.
        var columns = Vector256.Create((double)x) + Vector256.Create(0.0, 1.0, 2.0, 3.0);
        var sx = (columns * Vector256.Create(row.M00)) + Vector256.Create(row.YM01) + Vector256.Create(row.M02);
        var sy = (columns * Vector256.Create(row.M10)) + Vector256.Create(row.YM11) + Vector256.Create(row.M12);
        var inside = Avx.CompareGreaterThanOrEqual(sx, Vector256<double>.Zero)
            & Avx.CompareGreaterThanOrEqual(sy, Vector256<double>.Zero)
            & Avx.CompareLessThan(sx, Vector256.Create(width - 1.0))
            & Avx.CompareLessThan(sy, Vector256.Create(height - 1.0));
        if (Avx.MoveMask(inside) != 0b1111)
        {
            cells = default;
            return false;
        }

        // Inside, truncation is the scalar (int) cast and the indices are within the image.
        var xb = Avx.ConvertToVector128Int32WithTruncation(sx);
        var yb = Avx.ConvertToVector128Int32WithTruncation(sy);
        cells = new BilinearCells(
            Sse41.MultiplyLow(yb, Vector128.Create(width)) + xb, sx - Avx.ConvertToVector256Double(xb), sy - Avx.ConvertToVector256Double(yb));
        return true;
    }

    /// <summary>The grey values of <paramref name="pixels"/> (an image <paramref name="width"/> wide) in <paramref name="cells"/>, rounded as Java's Math.round.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<int> Read(ushort[] pixels, int width, in BilinearCells cells)
    {
        // One 32-bit read takes a pixel and its right neighbour (little-endian: the left one is the low half).
        var bytes = MemoryMarshal.AsBytes(pixels.AsSpan());
        var offsets = cells.Offsets;
        var lowerPairs = Vector128.Create(
            Pair(bytes, offsets.GetElement(0)), Pair(bytes, offsets.GetElement(1)), Pair(bytes, offsets.GetElement(2)), Pair(bytes, offsets.GetElement(3)));
        offsets += Vector128.Create(width);
        var upperPairs = Vector128.Create(
            Pair(bytes, offsets.GetElement(0)), Pair(bytes, offsets.GetElement(1)), Pair(bytes, offsets.GetElement(2)), Pair(bytes, offsets.GetElement(3)));
        var lowerLeft = Low(lowerPairs);
        var lowerRight = High(lowerPairs);
        var upperLeft = Low(upperPairs);
        var upperRight = High(upperPairs);

        var upper = upperLeft + (cells.Fx * (upperRight - upperLeft));
        var lower = lowerLeft + (cells.Fx * (lowerRight - lowerLeft));
        var value = lower + (cells.Fy * (upper - lower));

        // Java's Math.round for non-negative values: the floor, plus one when the fraction is at least 0.5.
        var floor = Avx.ConvertToVector128Int32WithTruncation(value);
        var roundsUp = Avx.CompareGreaterThanOrEqual(value - Avx.ConvertToVector256Double(floor), Vector256.Create(0.5));
        return floor + Avx.ConvertToVector128Int32WithTruncation(roundsUp & Vector256.Create(1.0));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Pair(ReadOnlySpan<byte> bytes, int offset) => MemoryMarshal.Read<int>(bytes[(2 * offset)..]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Low(Vector128<int> pairs) => Avx.ConvertToVector256Double(pairs & Vector128.Create(0xffff));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> High(Vector128<int> pairs) => Avx.ConvertToVector256Double(Vector128.ShiftRightLogical(pairs, 16));
}
