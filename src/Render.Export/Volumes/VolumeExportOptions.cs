namespace Render.Export.Volumes;

/// <summary>render's N5Client parameters, for either volume format.</summary>
/// <param name="ContainerPath">The container folder (render's --n5Path, e.g. <c>/nrs/x/stack.n5</c> or <c>stack.zarr</c>).</param>
/// <param name="DataSet">The data set (group) inside it (render's --n5Dataset, e.g. <c>/render/project/stack</c>).</param>
/// <param name="Format">N5 or OME-Zarr.</param>
/// <param name="BlockSize">Block (chunk) size x, y, z (render's --blockSize); null for 128, 128, 64.</param>
/// <param name="DownsampleFactors">
/// Factors x, y, z of each scale level over the one before (render's --factors, e.g. 2,2,1); null for full scale only.
/// Levels are added until the last fits in one block in x and y.
/// </param>
/// <param name="RenderWidth">Width of the boxes rendered at once (render's --tileWidth), rounded up to whole blocks.</param>
/// <param name="RenderHeight">Height of the boxes rendered at once (render's --tileHeight), rounded up to whole blocks.</param>
/// <param name="ResolutionUnit">Unit of the stack resolution (render's --stackResolutionUnit, default nm).</param>
/// <param name="MinIntensity">Overrides every box's minIntensity (render's --minIntensity).</param>
/// <param name="MaxIntensity">Overrides every box's maxIntensity (render's --maxIntensity).</param>
/// <param name="Threads">Work items at once; 0 or less means one per processor.</param>
/// <param name="IsoFactors">
/// Factors x, y, z of an extra data set <c>[dataSet]___iso</c> averaged from full scale (render's --isoFactors,
/// e.g. 1,1,2 ... or 8,8,1 for 4 × 4 × 35 nm voxels); the scale levels are then built from it, and the viewer
/// metadata describes it. Null for none. N5 only.
/// </param>
/// <param name="Compression">How blocks are stored: gzip (render's) or raw.</param>
/// <param name="ZCoordsPath">A thickness correction file (render's --z_coords): each exported layer interpolated from the stack layers nearest its corrected z.</param>
public sealed record VolumeExportOptions(
    string ContainerPath,
    string DataSet,
    VolumeFormat Format = VolumeFormat.N5,
    IReadOnlyList<int>? BlockSize = null,
    IReadOnlyList<int>? DownsampleFactors = null,
    int RenderWidth = 2048,
    int RenderHeight = 2048,
    string ResolutionUnit = "nm",
    double? MinIntensity = null,
    double? MaxIntensity = null,
    int Threads = 0,
    IReadOnlyList<int>? IsoFactors = null,
    string? ZCoordsPath = null,
    VolumeCompression Compression = VolumeCompression.Gzip)
{
    /// <summary>The block size, defaulted.</summary>
    public IReadOnlyList<int> Blocks => BlockSize ?? [128, 128, 64];

    /// <summary>Refuses block sizes and factors that make no volume.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        if (Blocks.Count != 3 || Blocks.Any(b => b < 1) || (long)Blocks[0] * Blocks[1] * Blocks[2] > int.MaxValue / 2)
        {
            throw new ArgumentException($"blockSize must be three positive numbers (x,y,z), not {string.Join(',', Blocks)}");
        }

        if (DownsampleFactors is { } factors && (factors.Count != 3 || factors.Any(f => f < 1) || factors.All(f => f == 1)))
        {
            throw new ArgumentException($"factors must be three numbers (x,y,z) of at least 1, not all 1, not {string.Join(',', factors)}");
        }

        if (IsoFactors is { } iso && (iso.Count != 3 || iso.Any(f => f < 1) || iso.All(f => f == 1)))
        {
            throw new ArgumentException($"isoFactors must be three numbers (x,y,z) of at least 1, not all 1, not {string.Join(',', iso)}");
        }

        if (IsoFactors is not null && Format != VolumeFormat.N5)
        {
            throw new ArgumentException("isoFactors is render's N5Client option: it writes an N5 data set [dataSet]___iso, so it needs the n5 format");
        }

        if (RenderWidth < 1 || RenderHeight < 1)
        {
            throw new ArgumentException($"the render box must be at least 1x1, not {RenderWidth}x{RenderHeight}");
        }

        if (string.IsNullOrWhiteSpace(DataSet))
        {
            throw new ArgumentException("a data set path must be given (for example /render/project/stack)");
        }
    }
}
