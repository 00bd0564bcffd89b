using System.Buffers.Binary;
using System.IO.Compression;

namespace Render.Imaging.Codecs.Tests.Volumes;

/// <summary>
/// Writes N5 data sets byte by byte from the N5 format specification (not through the reader under
/// test): <c>attributes.json</c>, and one file per block with a big-endian header (mode 0, the
/// number of dimensions, the block's own size) followed by the big-endian elements, x fastest.
/// </summary>
internal static class N5Writer
{
    /// <summary>
    /// A data set of <paramref name="dimensions"/> whose element at (x, y, z) is
    /// <paramref name="value"/>(x, y, z); blocks listed in <paramref name="skip"/> are not written.
    /// </summary>
    public static void Write(
        string container, string dataSet, string dataType, long[] dimensions, int[] blockSize, string compression,
        Func<long, long, long, long> value, IReadOnlySet<string>? skip = null, string? attributes = null)
    {
        var path = Path.Combine(container, dataSet.TrimStart('/'));
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(container, "attributes.json"), "{\"n5\":\"2.5.1\"}");
        File.WriteAllText(
            Path.Combine(path, "attributes.json"),
            attributes ?? $"{{\"dimensions\":[{string.Join(',', dimensions)}],\"blockSize\":[{string.Join(',', blockSize)}],\"dataType\":\"{dataType}\",\"compression\":{{\"type\":\"{compression}\"}}}}");
        var size = dataType == "uint8" ? 1 : 2;
        var depth = dimensions.Length == 3 ? dimensions[2] : 1;
        var blockDepth = dimensions.Length == 3 ? blockSize[2] : 1;
        for (long gz = 0; gz * blockDepth < depth; gz++)
        {
            for (long gy = 0; gy * blockSize[1] < dimensions[1]; gy++)
            {
                for (long gx = 0; gx * blockSize[0] < dimensions[0]; gx++)
                {
                    long[] grid = dimensions.Length == 3 ? [gx, gy, gz] : [gx, gy];
                    if (skip?.Contains(string.Join('/', grid)) != true)
                    {
                        WriteBlock(path, grid, dimensions, blockSize, size, compression, value);
                    }
                }
            }
        }
    }

    private static void WriteBlock(
        string path, long[] grid, long[] dimensions, int[] blockSize, int elementSize, string compression, Func<long, long, long, long> value)
    {
        // Edge blocks are cropped to the data set, as N5 writers store them.
        var size = grid.Select((g, d) => (int)Math.Min(blockSize[d], dimensions[d] - (g * blockSize[d]))).ToArray();
        var data = new MemoryStream();
        var element = new byte[elementSize];
        var depth = size.Length == 3 ? size[2] : 1;
        for (var k = 0; k < depth; k++)
        {
            for (var j = 0; j < size[1]; j++)
            {
                for (var i = 0; i < size[0]; i++)
                {
                    var v = value((grid[0] * blockSize[0]) + i, (grid[1] * blockSize[1]) + j, size.Length == 3 ? (grid[2] * blockSize[2]) + k : 0);
                    if (elementSize == 1)
                    {
                        element[0] = (byte)v;
                    }
                    else
                    {
                        BinaryPrimitives.WriteInt16BigEndian(element, unchecked((short)v));
                    }

                    data.Write(element);
                }
            }
        }

        var file = new MemoryStream();
        var header = new byte[4 + (4 * size.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(header, 0);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(2), (ushort)size.Length);
        for (var d = 0; d < size.Length; d++)
        {
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 + (4 * d)), size[d]);
        }

        file.Write(header);
        if (compression == "gzip")
        {
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(data.ToArray());
        }
        else
        {
            file.Write(data.ToArray());
        }

        var blockFile = Path.Combine([path, .. grid.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Directory.CreateDirectory(Path.GetDirectoryName(blockFile)!);
        File.WriteAllBytes(blockFile, file.ToArray());
    }
}
