using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;

namespace Render.Imaging.Codecs.Volumes;

/// <summary>
/// A data set of an N5 container on the local file system (the N5 format, version 2 and later):
/// <c>attributes.json</c> gives the dimensions, block size, data type and compression; each block
/// is a file <c>[dataSet]/[i]/[j]/[k]</c> holding a big-endian header and the compressed
/// big-endian elements, x fastest. A block that was never written reads as zeros, as N5 readers
/// do. Raw and gzip (or zlib) blocks are read; other compressions are refused.
/// </summary>
internal sealed class N5DataSet : IVolumeDataSet
{
    private readonly string _path;
    private readonly long[] _dimensions;
    private readonly int[] _blockSize;
    private readonly string _compression;
    private readonly bool _zlib;

    private N5DataSet(string path, long[] dimensions, int[] blockSize, string dataTypeName, string compression, bool zlib)
    {
        _path = path;
        _dimensions = dimensions;
        _blockSize = blockSize;
        _compression = compression;
        _zlib = zlib;
        DataTypeName = dataTypeName;
        DataType = dataTypeName switch
        {
            "uint8" => VolumeDataType.UInt8,
            "int16" => VolumeDataType.Int16,
            "uint16" => VolumeDataType.UInt16,
            "float32" => VolumeDataType.Float32,
            _ => VolumeDataType.Other,
        };
    }

    /// <inheritdoc/>
    public IReadOnlyList<long> Dimensions => _dimensions;

    /// <inheritdoc/>
    public VolumeDataType DataType { get; }

    /// <inheritdoc/>
    public string DataTypeName { get; }

    /// <summary>Opens data set <paramref name="dataSet"/> of the container at <paramref name="containerPath"/>.</summary>
    /// <exception cref="ArgumentException">The data set is outside the container, has no attributes, or they are not an N5 data set's.</exception>
    public static N5DataSet Open(string containerPath, string dataSet)
    {
        var container = Path.TrimEndingDirectorySeparator(Path.GetFullPath(containerPath));
        var path = Path.GetFullPath(Path.Combine(container, dataSet.TrimStart('/')));
        if (path != container && !path.StartsWith(container + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"n5 data set '{dataSet}' is outside its container '{containerPath}'");
        }

        var attributesFile = Path.Combine(path, "attributes.json");
        if (!File.Exists(attributesFile))
        {
            throw new ArgumentException($"attributes not found for n5 data set '{dataSet}' in '{containerPath}'");
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(attributesFile));
            var root = document.RootElement;
            var dimensions = root.GetProperty("dimensions").EnumerateArray().Select(d => d.GetInt64()).ToArray();
            var blockSize = root.GetProperty("blockSize").EnumerateArray().Select(b => b.GetInt32()).ToArray();
            var dataType = root.GetProperty("dataType").GetString() ?? string.Empty;
            var (compression, zlib) = Compression(root);
            if (dimensions.Length == 0 || blockSize.Length != dimensions.Length || dimensions.Any(d => d < 0) || blockSize.Any(b => b < 1))
            {
                throw new ArgumentException("dimensions and blockSize must be non-empty lists of the same length, with positive block sizes");
            }

            return new N5DataSet(path, dimensions, blockSize, dataType, compression, zlib);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new ArgumentException($"n5 data set '{dataSet}' in '{containerPath}' has unusable attributes: {exception.Message}", exception);
        }
    }

    /// <inheritdoc/>
    public Array Read(long x, long y, long z, int width, int height)
    {
        var elementSize = DataType == VolumeDataType.UInt8 ? 1 : 2;
        var window = new byte[(long)width * height * elementSize];
        int bx = _blockSize[0], by = _blockSize[1];
        for (var gy = y / by; gy * by < y + height; gy++)
        {
            for (var gx = x / bx; gx * bx < x + width; gx++)
            {
                CopyBlock(gx, gy, z, x, y, width, height, elementSize, window);
            }
        }

        return ToElements(window, width * height);
    }

    private static (string Type, bool Zlib) Compression(JsonElement root)
    {
        if (root.TryGetProperty("compression", out var compression))
        {
            var zlib = compression.TryGetProperty("useZlib", out var useZlib) && useZlib.ValueKind == JsonValueKind.True;
            return (compression.GetProperty("type").GetString() ?? string.Empty, zlib);
        }

        // N5 before version 1.0 named the compression with a string.
        return (root.TryGetProperty("compressionType", out var legacy) ? legacy.GetString() ?? "raw" : "raw", false);
    }

    private void CopyBlock(long gx, long gy, long z, long x, long y, int width, int height, int elementSize, byte[] window)
    {
        var rank = _dimensions.Length;
        var gz = rank == 3 ? z / _blockSize[2] : 0;
        var file = Path.Combine(_path, gx.ToString(CultureInfo.InvariantCulture), gy.ToString(CultureInfo.InvariantCulture));
        file = rank == 3 ? Path.Combine(file, gz.ToString(CultureInfo.InvariantCulture)) : file;
        if (!File.Exists(file))
        {
            return;
        }

        var (size, elements) = ReadBlock(file, rank, elementSize);
        var zInBlock = rank == 3 ? z - (gz * _blockSize[2]) : 0;
        if (rank == 3 && zInBlock >= size[2])
        {
            return;
        }

        long x0 = gx * _blockSize[0], y0 = gy * _blockSize[1];
        long from = Math.Max(x, x0), to = Math.Min(x + width, x0 + size[0]);
        if (to <= from)
        {
            return;
        }

        for (var row = Math.Max(y, y0); row < Math.Min(y + height, y0 + size[1]); row++)
        {
            var source = ((((zInBlock * size[1]) + (row - y0)) * size[0]) + (from - x0)) * elementSize;
            var target = ((((row - y) * width) + (from - x)) * elementSize);
            Array.Copy(elements, source, window, target, (to - from) * elementSize);
        }
    }

    private (long[] Size, byte[] Elements) ReadBlock(string file, int rank, int elementSize)
    {
        var bytes = File.ReadAllBytes(file);
        var header = bytes.AsSpan();
        var mode = header.Length >= 4 ? BinaryPrimitives.ReadUInt16BigEndian(header) : -1;
        var offset = 4 + (4 * rank) + (mode == 1 ? 4 : 0);
        if (mode is not (0 or 1) || BinaryPrimitives.ReadUInt16BigEndian(header[2..]) != rank || header.Length < offset)
        {
            throw new ArgumentException($"n5 block '{file}' does not have a {rank}-dimensional default or varlength header");
        }

        var size = new long[rank];
        for (var d = 0; d < rank; d++)
        {
            size[d] = BinaryPrimitives.ReadInt32BigEndian(header[(4 + (4 * d))..]);
        }

        var expected = size.Aggregate(1L, (product, s) => product * s) * elementSize;
        var elements = Decompress(bytes, offset, expected, file);
        if (size.Any(s => s < 0) || elements.Length < expected)
        {
            throw new ArgumentException($"n5 block '{file}' holds {elements.Length} bytes, fewer than its size {string.Join('x', size)} needs");
        }

        return (size, elements);
    }

    private byte[] Decompress(byte[] bytes, int offset, long expected, string file)
    {
        if (_compression == "raw")
        {
            return bytes[offset..];
        }

        if (_compression != "gzip")
        {
            throw new ArgumentException($"n5 block '{file}' is compressed with {_compression}; only raw and gzip blocks can be read");
        }

        using var input = new MemoryStream(bytes, offset, bytes.Length - offset);
        using Stream inflater = _zlib ? new ZLibStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream((int)Math.Min(expected, int.MaxValue));
        try
        {
            inflater.CopyTo(output);
        }
        catch (InvalidDataException exception)
        {
            throw new ArgumentException($"n5 block '{file}' is not valid {(_zlib ? "zlib" : "gzip")} data: {exception.Message}", exception);
        }

        return output.ToArray();
    }

    private Array ToElements(byte[] window, int count)
    {
        switch (DataType)
        {
            case VolumeDataType.UInt8:
                return window;
            case VolumeDataType.Int16:
                var shorts = new short[count];
                for (var i = 0; i < count; i++)
                {
                    shorts[i] = BinaryPrimitives.ReadInt16BigEndian(window.AsSpan(2 * i));
                }

                return shorts;
            default:
                var unsigned = new ushort[count];
                for (var i = 0; i < count; i++)
                {
                    unsigned[i] = BinaryPrimitives.ReadUInt16BigEndian(window.AsSpan(2 * i));
                }

                return unsigned;
        }
    }
}
