namespace Render.Export.Volumes;

/// <summary>The chunked volume formats a stack is exported to; both are read by neuroglancer.</summary>
public enum VolumeFormat
{
    /// <summary>N5 with render's N5Client layout: <c>[dataSet]/s[k]</c> blocks x/y/z, gzip, neuroglancer attributes.</summary>
    N5,

    /// <summary>OME-Zarr 0.4 (Zarr v2): <c>[dataSet]/[k]</c> arrays of z, y, x chunks, zlib, a multiscales group.</summary>
    OmeZarr,
}
