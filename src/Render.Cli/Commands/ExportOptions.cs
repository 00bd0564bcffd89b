using System.Globalization;
using Render.Export.Volumes;
using Render.Model;

namespace Render.Cli.Commands;

/// <summary>The options of <c>render export</c>: render's N5Client parameters in kebab-case, the format, and which level to do.</summary>
internal sealed class ExportOptions
{
    public Option<string> Stack { get; } = new("--stack") { Description = "stack name", Required = true };

    public Option<int?> Level { get; } = new("--level")
    {
        Description = "do only this scale level (0 renders; k averages level k-1, which must be complete; with --iso-factors level 1 is the ___iso data set)",
    };

    public Option<bool> MetadataOnly { get; } = new("--metadata-only") { Description = "write only the viewer metadata, once every level is complete" };

    public Option<string[]> ImageRoots { get; } = new("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };

    private Option<string> Container { get; } = new("--n5-path", "--container") { Description = "the container folder, e.g. /nrs/x/volume.n5 or volume.zarr", Required = true };

    private Option<string> DataSet { get; } = new("--n5-dataset", "--dataset") { Description = "the data set inside it, e.g. /render/project/stack", Required = true };

    private Option<string> Format { get; } = new("--format") { Description = "n5 (render's N5Client layout) or zarr (OME-Zarr 0.4)", DefaultValueFactory = _ => "n5" };

    private Option<string> Compression { get; } = new("--compression")
    {
        Description = "gzip (render's N5Client; zlib for zarr) or raw (no compression: larger blocks, written faster)",
        DefaultValueFactory = _ => "gzip",
    };

    private Option<int> TileWidth { get; } = new("--tile-width") { Description = "width of the boxes rendered at once", DefaultValueFactory = _ => 2048 };

    private Option<int> TileHeight { get; } = new("--tile-height") { Description = "height of the boxes rendered at once", DefaultValueFactory = _ => 2048 };

    private Option<string> BlockSize { get; } = new("--block-size") { Description = "block size x,y,z", DefaultValueFactory = _ => "128,128,64" };

    private Option<string?> Factors { get; } = new("--factors") { Description = "downsampling factors x,y,z of each level over the one before, e.g. 2,2,1 (default: full scale only)" };

    private Option<string?> IsoFactors { get; } = new("--iso-factors")
    {
        Description = "also write [dataset]___iso, full scale averaged by these factors x,y,z (e.g. 8,8,1), at the resolution times them; "
            + "the scale levels and the viewer metadata are then built from it (n5 only)",
    };

    private Option<string> ResolutionUnit { get; } = new("--stack-resolution-unit") { Description = "unit of the stack resolution", DefaultValueFactory = _ => "nm" };

    private Option<double?> MinIntensity { get; } = new("--min-intensity") { Description = "intensity drawn black, for every tile" };

    private Option<double?> MaxIntensity { get; } = new("--max-intensity") { Description = "intensity drawn white, for every tile" };

    private Option<double?> MinX { get; } = new("--min-x") { Description = "bounds to export instead of the stack's" };

    private Option<double?> MaxX { get; } = new("--max-x");

    private Option<double?> MinY { get; } = new("--min-y");

    private Option<double?> MaxY { get; } = new("--max-y");

    private Option<double?> MinZ { get; } = new("--min-z");

    private Option<double?> MaxZ { get; } = new("--max-z");

    private Option<string?> ZCoords { get; } = new("--z-coords")
    {
        Description = "thickness correction file (render's Zcoords.txt: lines '[stack z] [corrected z]'): each layer is interpolated from the "
            + "stack layers around its corrected z, and only the corrected z range is exported",
    };

    private Option<int> Threads { get; } = new("--threads") { Description = "work items at once (default: one per processor)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            Stack, Container, DataSet, Format, Compression, TileWidth, TileHeight, BlockSize, Factors, IsoFactors, ResolutionUnit, MinIntensity, MaxIntensity,
            MinX, MaxX, MinY, MaxY, MinZ, MaxZ, ZCoords, Level, MetadataOnly, Threads, ImageRoots,
        })
        {
            command.Options.Add(option);
        }
    }

    /// <exception cref="ArgumentException">A malformed value.</exception>
    public VolumeExportOptions Resolve(ParseResult parse) => new(
        parse.GetValue(Container)!,
        parse.GetValue(DataSet)!,
        parse.GetValue(Format)!.ToLowerInvariant() switch
        {
            "n5" => VolumeFormat.N5,
            "zarr" or "ome-zarr" or "omezarr" => VolumeFormat.OmeZarr,
            var other => throw new ArgumentException($"unknown volume format '{other}' (use n5 or zarr)"),
        },
        Numbers(parse.GetValue(BlockSize)!, "--block-size"),
        parse.GetValue(Factors) is { } factors ? Numbers(factors, "--factors") : null,
        parse.GetValue(TileWidth),
        parse.GetValue(TileHeight),
        parse.GetValue(ResolutionUnit)!,
        parse.GetValue(MinIntensity),
        parse.GetValue(MaxIntensity),
        parse.GetValue(Threads),
        parse.GetValue(IsoFactors) is { } iso ? Numbers(iso, "--iso-factors") : null,
        parse.GetValue(ZCoords),
        parse.GetValue(Compression)!.ToLowerInvariant() switch
        {
            "gzip" or "zlib" => VolumeCompression.Gzip,
            "raw" or "none" => VolumeCompression.Raw,
            var other => throw new ArgumentException($"unknown compression '{other}' (use gzip or raw)"),
        });

    /// <summary>render's LayerBoundsParameters and ZRangeParameters: each given value replaces the stack's.</summary>
    public Bounds? BoundsFor(ParseResult parse, Bounds? stackBounds)
    {
        double?[] given = [parse.GetValue(MinX), parse.GetValue(MinY), parse.GetValue(MinZ), parse.GetValue(MaxX), parse.GetValue(MaxY), parse.GetValue(MaxZ)];
        if (given.All(value => value is null))
        {
            return stackBounds;
        }

        var b = stackBounds ?? new Bounds(null, null, null, null, null, null);
        return new Bounds(given[0] ?? b.MinX, given[1] ?? b.MinY, given[2] ?? b.MinZ, given[3] ?? b.MaxX, given[4] ?? b.MaxY, given[5] ?? b.MaxZ);
    }

    private static int[] Numbers(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var numbers = parts.Select(p => int.TryParse(p, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : (int?)null).ToArray();
        return numbers.Length == 3 && numbers.All(n => n is not null)
            ? [.. numbers.Select(n => n!.Value)]
            : throw new ArgumentException($"{option} must be three whole numbers x,y,z, not '{text}'");
    }
}
