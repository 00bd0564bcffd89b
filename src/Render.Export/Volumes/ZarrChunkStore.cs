namespace Render.Export.Volumes;

/// <summary>
/// Zarr v2 chunks as OME-Zarr 0.4 lays them out: array <c>[dataSet]/[k]</c> per level, chunk files
/// <c>[z]/[y]/[x]</c> ("/" dimension separator), every chunk its full size (edge chunks padded with
/// the fill value 0, as Zarr v2 requires), zlib-compressed.
/// </summary>
internal sealed class ZarrChunkStore(string container, string dataSet, VolumeGeometry geometry, VolumeCompression compression)
    : ChunkStore(container, dataSet, geometry, compression)
{
    public override string LevelPath(int level) => DataSet.Length == 0 ? Text(level) : $"{DataSet}/{Text(level)}";

    public override string BlockFile(int level, long x, long y, long z) => Path.Combine(Container, LevelPath(level), Text(z), Text(y), Text(x));

    protected override byte[] Encode(byte[] data, int sx, int sy, int sz)
    {
        var b = Geometry.BlockSize;
        if (sx == b[0] && sy == b[1] && sz == b[2])
        {
            return Compress(data, sx * sy * sz, zlib: true);
        }

        var padded = new byte[b[0] * b[1] * b[2]];
        for (var z = 0; z < sz; z++)
        {
            for (var y = 0; y < sy; y++)
            {
                Array.Copy(data, ((z * sy) + y) * sx, padded, ((z * b[1]) + y) * b[0], sx);
            }
        }

        return Compress(padded, padded.Length, zlib: true);
    }

    protected override byte[] Decode(byte[] file, int sx, int sy, int sz)
    {
        var b = Geometry.BlockSize;
        var full = Decompress(file, 0, b[0] * b[1] * b[2], zlib: true);
        if (sx == b[0] && sy == b[1] && sz == b[2])
        {
            return full;
        }

        var clipped = new byte[sx * sy * sz];
        for (var z = 0; z < sz; z++)
        {
            for (var y = 0; y < sy; y++)
            {
                Array.Copy(full, ((z * b[1]) + y) * b[0], clipped, ((z * sy) + y) * sx, sx);
            }
        }

        return clipped;
    }
}
