namespace Render.Export.Volumes;

/// <summary>How blocks are stored; both are read by n5-java, neuroglancer and Zarr readers.</summary>
public enum VolumeCompression
{
    /// <summary>Deflate at its fastest level: N5's gzip (render's N5Client's GzipCompression), Zarr's zlib.</summary>
    Gzip,

    /// <summary>
    /// No compression (N5 raw, Zarr without a compressor): larger files, but writing skips deflate, about a
    /// quarter of level 0's time on incompressible tiles (docs/BENCHMARKS.md).
    /// </summary>
    Raw,
}
