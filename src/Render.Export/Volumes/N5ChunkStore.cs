using System.Buffers.Binary;

namespace Render.Export.Volumes;

/// <summary>
/// N5 blocks as N5FSWriter stores them: <c>[dataSet]/[x]/[y]/[z]</c> (no z for a 2-D data set), a
/// big-endian header (mode 0, dimensions, the block's clipped size) and the gzip-compressed bytes.
/// A multi-scale export keeps level k in <c>[dataSet]/s[k]</c>, as render's N5Client does.
/// </summary>
internal sealed class N5ChunkStore(string container, string dataSet, VolumeGeometry geometry, bool twoDimensional)
    : ChunkStore(container, dataSet, geometry)
{
    /// <summary>True for a single layer exported as a 2-D data set (render's is2DVolume).</summary>
    public bool TwoDimensional { get; } = twoDimensional;

    /// <summary>True when the levels live in s0, s1...; a single-level export writes the data set itself.</summary>
    public bool MultiScale => Geometry.Levels.Count > 1;

    public override string LevelPath(int level) => MultiScale ? $"{DataSet}/s{level}" : DataSet;

    public override string BlockFile(int level, long x, long y, long z) =>
        TwoDimensional
            ? Path.Combine(Container, LevelPath(level), Text(x), Text(y))
            : Path.Combine(Container, LevelPath(level), Text(x), Text(y), Text(z));

    protected override byte[] Encode(byte[] data, int sx, int sy, int sz)
    {
        var rank = TwoDimensional ? 2 : 3;
        var compressed = Compress(data, sx * sy * sz, zlib: false);
        var block = new byte[4 + (4 * rank) + compressed.Length];
        BinaryPrimitives.WriteUInt16BigEndian(block, 0);
        BinaryPrimitives.WriteUInt16BigEndian(block.AsSpan(2), (ushort)rank);
        BinaryPrimitives.WriteInt32BigEndian(block.AsSpan(4), sx);
        BinaryPrimitives.WriteInt32BigEndian(block.AsSpan(8), sy);
        if (rank == 3)
        {
            BinaryPrimitives.WriteInt32BigEndian(block.AsSpan(12), sz);
        }

        compressed.CopyTo(block, 4 + (4 * rank));
        return block;
    }

    protected override byte[] Decode(byte[] file, int sx, int sy, int sz) =>
        Decompress(file, 4 + (4 * (TwoDimensional ? 2 : 3)), sx * sy * sz, zlib: false);
}
