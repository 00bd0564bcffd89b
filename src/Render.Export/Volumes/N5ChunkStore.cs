using System.Buffers.Binary;

namespace Render.Export.Volumes;

/// <summary>
/// N5 blocks as N5FSWriter stores them: <c>[dataSet]/[x]/[y]/[z]</c> (no z for a 2-D data set), a
/// big-endian header (mode 0, dimensions, the block's clipped size) and the gzip-compressed bytes.
/// An export with scale factors keeps level k in <c>[dataSet]/s[k]</c>, as render's N5Client does; with
/// iso factors, full scale stays in <c>[dataSet]</c> (or its s0) and the iso volume and its scale levels go
/// to the sibling <c>[dataSet]___iso</c> (or its s0, s1...).
/// </summary>
internal sealed class N5ChunkStore(string container, string dataSet, VolumeGeometry geometry, bool twoDimensional, bool multiScale, VolumeCompression compression)
    : ChunkStore(container, dataSet, geometry, compression)
{
    /// <summary>True for a single layer exported as a 2-D data set (render's is2DVolume).</summary>
    public bool TwoDimensional { get; } = twoDimensional;

    /// <summary>True when scale factors were given (render's downsampleStack): the levels live in s0, s1...; else the data set itself holds the one level.</summary>
    public bool MultiScale { get; } = multiScale;

    /// <summary>The data set the viewer metadata describes: render's <c>[dataSet]___iso</c> with iso factors, else the data set.</summary>
    public string ViewerDataSet => Geometry.ViewerBaseLevel > 0 ? DataSet + "___iso" : DataSet;

    public override string LevelPath(int level)
    {
        var (dataSet, scale) = level < Geometry.ViewerBaseLevel ? (DataSet, level) : (ViewerDataSet, level - Geometry.ViewerBaseLevel);
        return MultiScale ? $"{dataSet}/s{Text(scale)}" : dataSet;
    }

    public override string BlockFile(int level, long x, long y, long z) =>
        TwoDimensional
            ? Path.Combine(Container, LevelPath(level), Text(x), Text(y))
            : Path.Combine(Container, LevelPath(level), Text(x), Text(y), Text(z));

    protected override byte[] Encode(byte[] data, int sx, int sy, int sz)
    {
        var rank = TwoDimensional ? 2 : 3;
        var block = Compress(data, sx * sy * sz, zlib: false, headerLength: 4 + (4 * rank));
        BinaryPrimitives.WriteUInt16BigEndian(block, 0);
        BinaryPrimitives.WriteUInt16BigEndian(block.AsSpan(2), (ushort)rank);
        BinaryPrimitives.WriteInt32BigEndian(block.AsSpan(4), sx);
        BinaryPrimitives.WriteInt32BigEndian(block.AsSpan(8), sy);
        if (rank == 3)
        {
            BinaryPrimitives.WriteInt32BigEndian(block.AsSpan(12), sz);
        }

        return block;
    }

    protected override byte[] Decode(byte[] file, int sx, int sy, int sz) =>
        Decompress(file, 4 + (4 * (TwoDimensional ? 2 : 3)), sx * sy * sz, zlib: false);
}
