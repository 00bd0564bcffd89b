using System.Globalization;
using System.IO.Compression;

namespace Render.Export.Volumes;

/// <summary>
/// The blocks of one volume's levels on disk. Block contents are uint8, x fastest, then y, then z
/// (N5's order over x, y, z; Zarr's C order over z, y, x: the same bytes). Every block is written
/// whole (empty ones too, so that "all blocks exist" means "done"), to a temporary name then renamed.
/// </summary>
internal abstract class ChunkStore(string container, string dataSet, VolumeGeometry geometry, VolumeCompression compression)
{
    /// <summary>How the blocks are stored.</summary>
    public VolumeCompression Compression { get; } = compression;

    protected VolumeGeometry Geometry { get; } = geometry;

    /// <summary>The container folder.</summary>
    public string Container { get; } = Path.GetFullPath(container);

    /// <summary>The data set path inside the container, without leading or trailing '/'.</summary>
    public string DataSet { get; } = dataSet.Trim('/');

    /// <summary>The data set path of a level, relative to the container.</summary>
    public abstract string LevelPath(int level);

    /// <summary>The file of a block.</summary>
    public abstract string BlockFile(int level, long x, long y, long z);

    /// <summary>Encodes a block of the given (clipped) size for its file.</summary>
    protected abstract byte[] Encode(byte[] data, int sx, int sy, int sz);

    /// <summary>Decodes a block file into its clipped size's bytes.</summary>
    protected abstract byte[] Decode(byte[] file, int sx, int sy, int sz);

    /// <summary>The (clipped) size of a block: the level's size caps the last block of each axis.</summary>
    public (int X, int Y, int Z) SizeOf(int level, long x, long y, long z)
    {
        var dims = Geometry.Levels[level];
        var b = Geometry.BlockSize;
        return ((int)Math.Min(b[0], dims[0] - (x * b[0])), (int)Math.Min(b[1], dims[1] - (y * b[1])), (int)Math.Min(b[2], dims[2] - (z * b[2])));
    }

    public bool Exists(int level, long x, long y, long z) => File.Exists(BlockFile(level, x, y, z));

    public void Write(int level, long x, long y, long z, byte[] data)
    {
        var (sx, sy, sz) = SizeOf(level, x, y, z);
        Files.AtomicFile.Write(BlockFile(level, x, y, z), Encode(data, sx, sy, sz));
    }

    /// <summary>A block's bytes (clipped size), or null when it was never written.</summary>
    public byte[]? Read(int level, long x, long y, long z)
    {
        var file = BlockFile(level, x, y, z);
        if (!File.Exists(file))
        {
            return null;
        }

        var (sx, sy, sz) = SizeOf(level, x, y, z);
        return Decode(File.ReadAllBytes(file), sx, sy, sz);
    }

    protected static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Fastest deflate: the export's time goes to rendering, and EM blocks shrink little more at higher levels.
    /// The result starts with <paramref name="headerLength"/> zero bytes for the caller's header (one copy less).
    /// </summary>
    protected byte[] Compress(byte[] data, int count, bool zlib, int headerLength = 0)
    {
        if (Compression == VolumeCompression.Raw)
        {
            var raw = new byte[headerLength + count];
            Array.Copy(data, 0, raw, headerLength, count);
            return raw;
        }

        using var output = new MemoryStream(headerLength + (count / 2) + 64);
        output.SetLength(headerLength);
        output.Position = headerLength;
        using (Stream deflater = zlib ? new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true) : new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflater.Write(data, 0, count);
        }

        return output.ToArray();
    }

    protected byte[] Decompress(byte[] data, int offset, int count, bool zlib)
    {
        if (Compression == VolumeCompression.Raw)
        {
            return data.AsSpan(offset, count).ToArray();
        }

        using var input = new MemoryStream(data, offset, data.Length - offset);
        using Stream inflater = zlib ? new ZLibStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        var result = new byte[count];
        inflater.ReadExactly(result);
        return result;
    }
}
