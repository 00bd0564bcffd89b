using System.Buffers.Binary;
using Render.Model.Json;

namespace Render.Model.PointMatches;

/// <summary>
/// The stored form of <see cref="Matches"/>: their compact JSON text packed four bits a character,
/// about half its size, and unpacked to the very same text. A match answer serves the numbers as
/// they were given ("1.0" stays "1.0", "0.50" stays "0.50"), which doubles stored as binary could
/// not reproduce; the text is almost all digits, '.', ',', '-', '[' and ']', so sixteen codes
/// carry it and one of them escapes any other byte.
/// </summary>
/// <remarks>
/// Layout: a format byte (<see cref="FormatVersion"/>; JSON text starts with '{' instead), the
/// weight count plus one as a little-endian uint32 (0: no weights; at a fixed place so that SQL
/// can read it), then as 7-bit varints the text's length and where p, q and w lie in it, then the
/// packed characters, high nibble first. Stores written before this format hold the JSON text
/// itself, which <see cref="Unpack"/> still reads.
/// </remarks>
public static class PackedMatches
{
    /// <summary>The first byte of a packed value.</summary>
    public const byte FormatVersion = 1;

    /// <summary>The byte offset of the weight count plus one (uint32, little-endian).</summary>
    public const int WeightCountOffset = 1;

    private const int Escape = 15;
    private const int MaxHeader = 1 + 4 + (7 * 5);

    private static readonly byte[] Symbols = "0123456789.,-[]"u8.ToArray();
    private static readonly byte[] Codes = CodesOf(Symbols);

    /// <summary>The two characters of each packed byte (first one in the low byte), 0 when either nibble escapes.</summary>
    private static readonly ushort[] Pairs = PairsOf(Symbols);

    [ThreadStatic]
    private static byte[]? _scratch;

    /// <summary>The packed form of <paramref name="matches"/>.</summary>
    public static byte[] Pack(Matches matches)
    {
        ArgumentNullException.ThrowIfNull(matches);

        // Matches built from arrays are written once as JSON and read back for their text's layout.
        var text = matches.Json is null ? RenderJson.Parse<Matches>(matches.ToUtf8Json().Span).GetValueOrThrow() : matches;
        var json = text.Json!;
        var layout = text.JsonLayout;
        var worst = MaxHeader + json.Length + ((json.Length + 1) / 2);
        var scratch = _scratch is { } reused && reused.Length >= worst ? reused : _scratch = new byte[Math.Max(worst, 8 * 1024)];
        scratch[0] = FormatVersion;
        BinaryPrimitives.WriteUInt32LittleEndian(scratch.AsSpan(WeightCountOffset), layout.WeightCount is { } count ? (uint)count + 1 : 0);
        var length = WeightCountOffset + 4;
        foreach (var value in (ReadOnlySpan<int>)[json.Length, Start(layout.P), End(layout.P), Start(layout.Q), End(layout.Q), Start(layout.W), End(layout.W)])
        {
            length = WriteVarint(scratch, length, (uint)value);
        }

        length = PackText(json, scratch, length);
        return scratch.AsSpan(0, length).ToArray();
    }

    /// <summary>
    /// Matches from a stored value: the packed form, or the JSON text stored before it. The
    /// result writes the same JSON text that was packed.
    /// </summary>
    /// <exception cref="InvalidDataException">The value is neither.</exception>
    public static Matches Unpack(ReadOnlySpan<byte> stored)
    {
        if (stored.IsEmpty || stored[0] != FormatVersion)
        {
            return RenderJson.Parse<Matches>(stored).GetValueOrThrow();
        }

        if (stored.Length < WeightCountOffset + 4)
        {
            throw Corrupt();
        }

        var weights = BinaryPrimitives.ReadUInt32LittleEndian(stored[WeightCountOffset..]);
        var offset = WeightCountOffset + 4;
        Span<int> header = stackalloc int[7];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = ReadVarint(stored, ref offset);
        }

        var json = new byte[header[0]];
        UnpackText(stored[offset..], json);
        var layout = new MatchesConverter.Layout(
            RangeOf(header[1], header[2], json.Length), RangeOf(header[3], header[4], json.Length), RangeOf(header[5], header[6], json.Length),
            weights == 0 ? null : checked((int)(weights - 1)));
        return new Matches(json, layout);
    }

    /// <summary>The number of weights of a stored value (render's matchCount), or null without weights.</summary>
    /// <exception cref="InvalidDataException">The value is neither packed matches nor JSON.</exception>
    public static int? WeightCount(ReadOnlySpan<byte> stored)
    {
        if (stored.IsEmpty || stored[0] != FormatVersion)
        {
            return Unpack(stored).WeightCount;
        }

        var weights = stored.Length >= WeightCountOffset + 4 ? BinaryPrimitives.ReadUInt32LittleEndian(stored[WeightCountOffset..]) : throw Corrupt();
        return weights == 0 ? null : checked((int)(weights - 1));
    }

    private static int PackText(ReadOnlySpan<byte> json, byte[] packed, int length)
    {
        var pending = -1;
        var i = 0;
        while (i < json.Length)
        {
            if (pending < 0)
            {
                // Two plain characters make one byte: almost all of the text goes this way.
                while (i + 1 < json.Length)
                {
                    int high = Codes[json[i]], low = Codes[json[i + 1]];
                    if (high == Escape || low == Escape)
                    {
                        break;
                    }

                    packed[length++] = (byte)((high << 4) | low);
                    i += 2;
                }

                if (i == json.Length)
                {
                    break;
                }
            }

            var character = json[i++];
            var code = Codes[character];
            if (code != Escape)
            {
                Put(packed, ref length, ref pending, code);
            }
            else
            {
                Put(packed, ref length, ref pending, Escape);
                Put(packed, ref length, ref pending, character >> 4);
                Put(packed, ref length, ref pending, character & 0xF);
            }
        }

        if (pending >= 0)
        {
            packed[length++] = (byte)(pending << 4);
        }

        return length;

        static void Put(byte[] packed, ref int length, ref int pending, int nibble)
        {
            if (pending < 0)
            {
                pending = nibble;
            }
            else
            {
                packed[length++] = (byte)((pending << 4) | nibble);
                pending = -1;
            }
        }
    }

    private static void UnpackText(ReadOnlySpan<byte> packed, Span<byte> json)
    {
        var nibbles = packed.Length * 2;
        var at = 0;
        var i = 0;
        while (i < json.Length)
        {
            // A byte of two plain codes at a byte boundary is two characters: almost all of the text.
            while ((at & 1) == 0 && i + 1 < json.Length && at < nibbles)
            {
                var pair = Pairs[packed[at >> 1]];
                if (pair == 0)
                {
                    break;
                }

                BinaryPrimitives.WriteUInt16LittleEndian(json[i..], pair);
                i += 2;
                at += 2;
            }

            if (i == json.Length)
            {
                break;
            }

            if (at >= nibbles)
            {
                throw Corrupt();
            }

            var code = Nibble(packed, at++);
            if (code != Escape)
            {
                json[i++] = Symbols[code];
            }
            else if (at + 2 <= nibbles)
            {
                json[i++] = (byte)((Nibble(packed, at) << 4) | Nibble(packed, at + 1));
                at += 2;
            }
            else
            {
                throw Corrupt();
            }
        }
    }

    private static int Nibble(ReadOnlySpan<byte> packed, int index) => (packed[index >> 1] >> ((~index & 1) << 2)) & 0xF;

    private static int WriteVarint(byte[] buffer, int length, uint value)
    {
        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        buffer[length++] = (byte)value;
        return length;
    }

    private static int ReadVarint(ReadOnlySpan<byte> buffer, ref int offset)
    {
        uint value = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            if (offset >= buffer.Length)
            {
                throw Corrupt();
            }

            var part = buffer[offset++];
            value |= (uint)(part & 0x7F) << shift;
            if (part < 0x80)
            {
                return value <= int.MaxValue ? (int)value : throw Corrupt();
            }
        }

        throw Corrupt();
    }

    private static int Start(Range range) => range.Start.Value;

    private static int End(Range range) => range.End.Value;

    /// <summary>A stored range; (0, 0) is an absent array (a present one never starts at 0, where the '{' is).</summary>
    private static Range RangeOf(int start, int end, int length) =>
        start <= end && end <= length ? new Range(start, end) : throw Corrupt();

    private static byte[] CodesOf(byte[] symbols)
    {
        var codes = new byte[256];
        codes.AsSpan().Fill(Escape);
        for (var i = 0; i < symbols.Length; i++)
        {
            codes[symbols[i]] = (byte)i;
        }

        return codes;
    }

    private static ushort[] PairsOf(byte[] symbols)
    {
        var pairs = new ushort[256];
        for (var high = 0; high < symbols.Length; high++)
        {
            for (var low = 0; low < symbols.Length; low++)
            {
                pairs[(high << 4) | low] = (ushort)(symbols[high] | (symbols[low] << 8));
            }
        }

        return pairs;
    }

    private static InvalidDataException Corrupt() => new("stored matches are neither packed matches nor JSON");
}
