using System.Globalization;
using Render.Imaging.Codecs.Encoding;

namespace Render.Server.Services;

/// <summary>
/// render-ws's largeDataTileSource, CATMAID's tile source type 5: the tile at (row, column) of a
/// layer's grid at mipmap level n, and a small overview of a layer. A materialised file under the
/// stack's <c>materializedBoxRootPath</c> (<c>{w}x{h}/{level}/{z}/{row}/{column}.{jpg,png}</c>, or
/// <c>{w}x{h}/small/{z}.{jpg,png}</c>) is served when it exists; otherwise the box is rendered,
/// with at most 40 tiles drawn unless the request says otherwise.
/// </summary>
public sealed class LargeDataTileService(StackService stacks, RenderParametersService parameters, ImageRenderService images)
{
    /// <summary>render's DEFAULT_MAX_TILE_SPECS_FOR_LARGE_DATA.</summary>
    public const int DefaultMaxTileSpecsToRender = 40;

    /// <summary>The default overview size: CATMAID's overview box is 192×192.</summary>
    public const int DefaultOverviewSize = 192;

    /// <summary>The image of one grid tile: a materialised file's bytes, or the rendered box.</summary>
    /// <exception cref="RenderInputException">A size, level, row or column is out of range.</exception>
    public async Task<EncodedImage> TileAsync(
        StackId stackId, LargeDataTile tile, OutputFormat format, RenderQuery query, int? maxTileSpecsToRender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tile);
        tile.Validate();
        var stack = await stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
        var file = MaterializedFile(
            stack, $"{tile.Width}x{tile.Height}", Text(tile.Level), Text((int)tile.Z), Text(tile.Row), $"{Text(tile.Column)}.{Extension(format)}");
        if (file is not null)
        {
            return new EncodedImage(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false), format);
        }

        // render's arithmetic: a box of (width · 2^level) × (height · 2^level) at scale 1/2^level.
        var factor = (double)(1 << tile.Level);
        double scaledWidth = tile.Width * factor, scaledHeight = tile.Height * factor;
        var box = new RenderBox(tile.Z, tile.Column * scaledWidth, tile.Row * scaledHeight, (int)scaledWidth, (int)scaledHeight, 1.0 / factor);
        var request = await parameters.ForBoxAsync(stackId, box, query, cancellationToken).ConfigureAwait(false);
        return new EncodedImage(images.Render(request, format, maxTileSpecsToRender ?? DefaultMaxTileSpecsToRender), format);
    }

    /// <summary>A layer's overview scaled so that its larger side is <paramref name="maxOverviewWidthAndHeight"/> pixels.</summary>
    public async Task<EncodedImage> OverviewAsync(
        StackId stackId, int width, int height, double z, OutputFormat format, int? maxOverviewWidthAndHeight, bool translateOrigin,
        RenderQuery query, int? maxTileSpecsToRender, CancellationToken cancellationToken)
    {
        var stack = await stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
        var file = MaterializedFile(stack, $"{width}x{height}", "small", $"{Text((int)z)}.{Extension(format)}");
        if (file is not null)
        {
            return new EncodedImage(await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false), format);
        }

        var (minX, minY, stackWidth, stackHeight) = OverviewBox(stack.Stats?.StackBounds, translateOrigin);
        var size = maxOverviewWidthAndHeight is >= 1 ? maxOverviewWidthAndHeight.Value : DefaultOverviewSize;
        var box = new RenderBox(z, minX, minY, stackWidth, stackHeight, (double)size / Math.Max(stackWidth, stackHeight));
        var request = await parameters.ForBoxAsync(stackId, box, query, cancellationToken).ConfigureAwait(false);
        return new EncodedImage(images.Render(request, format, maxTileSpecsToRender ?? DefaultMaxTileSpecsToRender), format);
    }

    /// <summary>
    /// CATMAID expects overviews from a (0, 0) origin, so the box runs from there to the stack's
    /// maximum, unless asked to translate or the stack lies wholly in negative space in x or y.
    /// </summary>
    private static (double MinX, double MinY, int Width, int Height) OverviewBox(Bounds? bounds, bool translateOrigin)
    {
        if (bounds is not { MinX: { } minX, MinY: { } minY, MaxX: { } maxX, MaxY: { } maxY })
        {
            return (0, 0, 1, 1);
        }

        int width = (int)maxX, height = (int)maxY;
        return translateOrigin || width < 1 || height < 1
            ? (minX, minY, width - (int)minX, height - (int)minY)
            : (0, 0, width, height);
    }

    /// <summary>The materialised file, when the stack has a root and the file exists (403 when the root is outside the image roots).</summary>
    private string? MaterializedFile(StackMetaData stack, params string[] parts) =>
        stack.CurrentVersion?.MaterializedBoxRootPath is { } root ? images.ExistingFile(Path.Combine([root, .. parts])) : null;

    private static string Extension(OutputFormat format) => format == OutputFormat.Jpeg ? "jpg" : "png";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
