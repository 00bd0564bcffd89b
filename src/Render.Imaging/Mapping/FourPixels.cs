using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Render.Imaging.Mapping;

/// <summary>Four consecutive target pixels to and from vector lanes (SSE4.1), for the mappers' vector paths.</summary>
internal static class FourPixels
{
    /// <summary>The 16-bit pixels at <paramref name="pixels"/>[<paramref name="index"/>..index + 3].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<int> Load(ushort[] pixels, int index) =>
        Sse41.ConvertToVector128Int32(Vector128.CreateScalar(MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(pixels.AsSpan(index, 4)))).AsUInt16());

    /// <summary>The 8-bit pixels at <paramref name="pixels"/>[<paramref name="index"/>..index + 3].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<int> Load(byte[] pixels, int index) =>
        Sse41.ConvertToVector128Int32(Vector128.CreateScalar(MemoryMarshal.Read<uint>(pixels.AsSpan(index, 4))).AsByte());

    /// <summary>Stores four values of 0..65535 at <paramref name="pixels"/>[<paramref name="index"/>..].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<int> values, ushort[] pixels, int index) =>
        MemoryMarshal.Write(MemoryMarshal.AsBytes(pixels.AsSpan(index, 4)), Sse41.PackUnsignedSaturate(values, values).AsUInt64().ToScalar());

    /// <summary>Stores four values of 0..255 at <paramref name="pixels"/>[<paramref name="index"/>..].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector128<int> values, byte[] pixels, int index)
    {
        var words = Sse2.PackSignedSaturate(values, values);
        MemoryMarshal.Write(pixels.AsSpan(index, 4), Sse2.PackUnsignedSaturate(words, words).AsUInt32().ToScalar());
    }
}
