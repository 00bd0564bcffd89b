using System.Buffers.Binary;
using System.IO.Compression;

namespace Render.Geometry.Numerics;

/// <summary>
/// The text form render gives arrays of doubles inside data strings (render's
/// <c>DoubleArrayConverter</c>, the thin-plate-spline blocks and render-python's
/// <c>encodeBase64</c>/<c>decodeBase64</c>): each double as 8 big-endian IEEE-754 bytes, the bytes
/// zlib-deflated and base64-encoded; a token that starts with <c>'@'</c> holds base64 of the raw,
/// undeflated bytes instead.
/// </summary>
/// <remarks>
/// Encoding deflates at zlib level 6 (Java's <c>Deflater</c> default) and falls back to the
/// <c>'@'</c> form when deflate does not shrink the bytes, as the reference does. The deflated
/// bytes need not equal Java's (.NET ships zlib-ng), but any valid zlib stream decodes to the same
/// doubles in render, render-python and here. Thread-safe.
/// </remarks>
public static class DoubleArrayCodec
{
    /// <summary>The first character of a token that holds raw (undeflated) bytes.</summary>
    public const char RawPrefix = '@';

    private const int BytesPerValue = sizeof(double);

    /// <summary>Encodes <paramref name="values"/> as one base64 token.</summary>
    public static string Encode(ReadOnlySpan<double> values)
    {
        var raw = ToBigEndianBytes(values);
        var deflated = Deflate(raw);

        // Java's Deflater writes into a buffer the size of the input: when that fills up, the
        // compressed form is no smaller and the raw bytes are stored instead.
        return deflated.Length < raw.Length
            ? Convert.ToBase64String(deflated)
            : RawPrefix + Convert.ToBase64String(raw);
    }

    /// <summary>Decodes a token written by <see cref="Encode"/> (or by render or render-python).</summary>
    /// <exception cref="FormatException">The token is empty, not base64, not a zlib stream, or not a whole number of doubles.</exception>
    public static double[] Decode(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            throw new FormatException("an encoded double array must not be empty");
        }

        var isRaw = token[0] == RawPrefix;
        var base64 = isRaw ? token[1..] : token;
        var bytes = FromBase64(base64);
        if (!isRaw)
        {
            bytes = Inflate(bytes);
        }

        if (bytes.Length % BytesPerValue != 0)
        {
            throw new FormatException($"an encoded double array must hold a multiple of {BytesPerValue} bytes, found {bytes.Length}");
        }

        return FromBigEndianBytes(bytes);
    }

    private static byte[] ToBigEndianBytes(ReadOnlySpan<double> values)
    {
        var bytes = new byte[values.Length * BytesPerValue];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteDoubleBigEndian(bytes.AsSpan(i * BytesPerValue), values[i]);
        }

        return bytes;
    }

    private static double[] FromBigEndianBytes(ReadOnlySpan<byte> bytes)
    {
        var values = new double[bytes.Length / BytesPerValue];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadDoubleBigEndian(bytes[(i * BytesPerValue)..]);
        }

        return values;
    }

    private static byte[] FromBase64(ReadOnlySpan<char> base64)
    {
        var buffer = new byte[(base64.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64Chars(base64, buffer, out var written))
        {
            throw new FormatException("an encoded double array is not valid base64");
        }

        return buffer[..written];
    }

    private static byte[] Deflate(byte[] raw)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true))
        {
            zlib.Write(raw);
        }

        return output.ToArray();
    }

    private static byte[] Inflate(byte[] deflated)
    {
        try
        {
            using var input = new MemoryStream(deflated);
            using var zlib = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            zlib.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new FormatException("an encoded double array is not a valid zlib stream", e);
        }
    }
}
