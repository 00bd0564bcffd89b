using System.Buffers.Binary;
using System.Globalization;

namespace Render.Imaging.Codecs.Decoding;

/// <summary>
/// What ImageJ writes into a TIFF about its image, read from the first directory: the
/// <c>ImageJ=</c> description (channel, slice and frame counts) and the private metadata tags
/// 50838/50839 that carry channel look-up tables and display ranges.
/// </summary>
/// <param name="Channels">The <c>channels=</c> count, 1 when absent.</param>
/// <param name="Luts">Each channel's look-up table (768 bytes: 256 reds, greens, blues), or empty.</param>
/// <param name="Ranges">Each channel's display range as (min, max), or empty.</param>
internal sealed record ImageJTiffMetadata(int Channels, IReadOnlyList<byte[]> Luts, IReadOnlyList<(double Min, double Max)> Ranges)
{
    private const int DescriptionTag = 270;
    private const int ByteCountsTag = 50838;
    private const int MetadataTag = 50839;
    private const uint Magic = 0x494a494a; // "IJIJ"
    private const uint RangesType = 0x72616e67; // "rang"
    private const uint LutsType = 0x6c757473; // "luts"

    /// <summary>ImageJ's metadata of the TIFF in <paramref name="tiff"/>, or null when it has no ImageJ description.</summary>
    public static ImageJTiffMetadata? Read(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8 || !(tiff[0] == 'I' && tiff[1] == 'I') && !(tiff[0] == 'M' && tiff[1] == 'M'))
        {
            return null;
        }

        var little = tiff[0] == 'I';
        if (U16(tiff, 2, little) != 42)
        {
            return null; // BigTIFF or not a TIFF: ImageJ writes classic TIFFs only.
        }

        var tags = Tags(tiff, (int)Math.Min(U32(tiff, 4, little), int.MaxValue), little);
        if (!tags.TryGetValue(DescriptionTag, out var description) || !Text(tiff, description).StartsWith("ImageJ=", StringComparison.Ordinal))
        {
            return null;
        }

        var channels = Count(Text(tiff, description), "channels");
        var (luts, ranges) = tags.TryGetValue(ByteCountsTag, out var counts) && tags.TryGetValue(MetadataTag, out var data)
            ? Entries(tiff, counts, data, little)
            : ([], []);
        return new ImageJTiffMetadata(channels, luts, ranges);
    }

    private static Dictionary<int, (int Type, int Count, int Offset)> Tags(ReadOnlySpan<byte> tiff, int ifd, bool little)
    {
        var tags = new Dictionary<int, (int Type, int Count, int Offset)>();
        if (ifd <= 0 || ifd > tiff.Length - 2)
        {
            return tags;
        }

        var entries = U16(tiff, ifd, little);
        for (var i = 0; i < entries && ifd + 2 + (12 * i) + 12 <= tiff.Length; i++)
        {
            var entry = ifd + 2 + (12 * i);
            int tag = U16(tiff, entry, little), type = U16(tiff, entry + 2, little);
            var count = (int)Math.Min(U32(tiff, entry + 4, little), int.MaxValue);
            var size = count * type switch { 3 => 2, 4 => 4, _ => 1 };
            tags[tag] = (type, count, size <= 4 ? entry + 8 : (int)Math.Min(U32(tiff, entry + 8, little), int.MaxValue));
        }

        return tags;
    }

    private static string Text(ReadOnlySpan<byte> tiff, (int Type, int Count, int Offset) tag) =>
        tag.Offset + tag.Count <= tiff.Length ? System.Text.Encoding.Latin1.GetString(tiff.Slice(tag.Offset, tag.Count)).TrimEnd('\0') : string.Empty;

    private static int Count(string description, string key)
    {
        foreach (var line in description.Split('\n'))
        {
            if (line.StartsWith(key + "=", StringComparison.Ordinal)
                && int.TryParse(line.AsSpan(key.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }
        }

        return 1;
    }

    /// <summary>The look-up tables and ranges among the metadata entries (info, labels, ROIs... are skipped).</summary>
    private static (List<byte[]> Luts, List<(double, double)> Ranges) Entries(
        ReadOnlySpan<byte> tiff, (int Type, int Count, int Offset) counts, (int Type, int Count, int Offset) data, bool little)
    {
        List<byte[]> luts = [];
        List<(double, double)> ranges = [];
        var sizes = new long[counts.Count];
        for (var i = 0; i < sizes.Length && counts.Offset + (4 * i) + 4 <= tiff.Length; i++)
        {
            sizes[i] = U32(tiff, counts.Offset + (4 * i), little);
        }

        if (sizes.Length == 0 || sizes[0] < 4 || data.Offset + sizes.Sum() > tiff.Length || U32(tiff, data.Offset, little) != Magic)
        {
            return (luts, ranges);
        }

        var position = data.Offset + sizes[0];
        var entry = 1;
        for (var header = data.Offset + 4; header + 8 <= data.Offset + sizes[0]; header += 8)
        {
            uint type = U32(tiff, (int)header, little), number = U32(tiff, (int)header + 4, little);
            for (var n = 0; n < number && entry < sizes.Length; n++, entry++)
            {
                var bytes = tiff.Slice((int)position, (int)sizes[entry]);
                if (type == LutsType && bytes.Length == 768)
                {
                    luts.Add(bytes.ToArray());
                }
                else if (type == RangesType)
                {
                    for (var r = 0; r + 16 <= bytes.Length; r += 16)
                    {
                        ranges.Add((F64(bytes, r, little), F64(bytes, r + 8, little)));
                    }
                }

                position += sizes[entry];
            }
        }

        return (luts, ranges);
    }

    private static ushort U16(ReadOnlySpan<byte> bytes, int offset, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[offset..]) : BinaryPrimitives.ReadUInt16BigEndian(bytes[offset..]);

    private static uint U32(ReadOnlySpan<byte> bytes, int offset, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(bytes[offset..]) : BinaryPrimitives.ReadUInt32BigEndian(bytes[offset..]);

    private static double F64(ReadOnlySpan<byte> bytes, int offset, bool little) =>
        little ? BinaryPrimitives.ReadDoubleLittleEndian(bytes[offset..]) : BinaryPrimitives.ReadDoubleBigEndian(bytes[offset..]);
}
