using Render.Geometry.Numerics;
using Render.Model.Rendering;
using Render.Model.Tiles;
using Render.Model.Transforms;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// The render requests of the render-parameters and image endpoints: a layer, a box (optionally one
/// group), a tile normalised as render's TileDataService does, a tile's source or mask, and a tile
/// with its neighbours. Tiles come resolved and flattened, by tileId (the draw order); the stack is
/// the one the request read (<see cref="StackService.GetAsync"/>).
/// </summary>
public sealed class RenderParametersService(StackService stacks, TileReader reader)
{
    public async Task<RenderRequest> ForLayerAsync(StackId stackId, double z, RenderQuery query, CancellationToken cancellationToken)
    {
        var stack = await stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
        var tiles = await reader.FindResolvedAsync(stackId, TileQuery.Layer(z), flatten: true, cancellationToken).ConfigureAwait(false);
        if (tiles.Count == 0)
        {
            throw new RenderInputException($"no tile specifications found in {stackId} for z={JavaNumberFormat.FormatDouble(z)}");
        }

        var minX = tiles.Min(tile => tile.MinX ?? double.MaxValue);
        var minY = tiles.Min(tile => tile.MinY ?? double.MaxValue);
        var maxX = tiles.Max(tile => tile.MaxX ?? double.MinValue);
        var maxY = tiles.Max(tile => tile.MaxY ?? double.MinValue);
        var parameters = new RenderParameters(
            X: minX, Y: minY, Width: JavaMath.ToInt(maxX - minX), Height: JavaMath.ToInt(maxY - minY), TileSpecs: tiles);
        return query.ApplyTo(parameters, stack);
    }

    public async Task<RenderRequest> ForBoxAsync(StackId stackId, RenderBox box, RenderQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(box);

        // render runs the tile query before it looks at the stack metadata.
        var tileQuery = TileQuery.Box(box.Z, box.X, box.Y, box.Width, box.Height, box.GroupId);
        var tiles = await reader.FindResolvedAsync(stackId, tileQuery, flatten: true, cancellationToken).ConfigureAwait(false);
        var stack = await stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
        var parameters = new RenderParameters(X: box.X, Y: box.Y, Width: box.Width, Height: box.Height, Scale: box.Scale, TileSpecs: tiles);
        return query.ApplyTo(parameters, stack);
    }

    /// <summary>render's getCoreTileRenderParameters: label mode, legacy normalizeForMatching mode, or plain flatten.</summary>
    public async Task<RenderRequest> ForTileAsync(
        StackId stackId, string tileId, RenderQuery query, TileNormalization normalization, CancellationToken cancellationToken)
    {
        var stack = await stacks.GetAsync(stackId, cancellationToken).ConfigureAwait(false);
        var tile = await reader.GetResolvedAsync(stackId, tileId, flatten: false, cancellationToken).ConfigureAwait(false);
        var labelMode = normalization.ExcludeAllTransforms is not null
            || normalization.ExcludeTransformsAfterLast is { Count: > 0 }
            || normalization.ExcludeFirstTransformAndAllAfter is { Count: > 0 };
        var legacyMode = normalization.NormalizeForMatching == true;
        if (labelMode)
        {
            var kept = normalization.ExcludeAllTransforms == true
                ? ListTransformSpec.Empty
                : tile.Transforms.FlattenAndFilter(normalization.ExcludeTransformsAfterLast, normalization.ExcludeFirstTransformAndAllAfter);
            tile = (tile with { Transforms = kept }).DeriveBoundingBox(tile.MeshCellSize, force: true);
        }
        else if (legacyMode)
        {
            tile = (tile with { Transforms = MatchingTransforms(tile.Transforms) }).DeriveBoundingBox(tile.MeshCellSize, force: true);
        }
        else
        {
            tile = tile with { Transforms = tile.Transforms.Flatten() };
        }

        // render zeroes the origin whenever normalizeForMatching is set, even when label mode won.
        var x = (legacyMode ? 0 : tile.MinX ?? 0) + (normalization.X ?? 0);
        var y = (legacyMode ? 0 : tile.MinY ?? 0) + (normalization.Y ?? 0);
        var width = normalization.Width ?? JavaMath.ToInt((tile.MaxX ?? 0) - (tile.MinX ?? 0));
        var height = normalization.Height ?? JavaMath.ToInt((tile.MaxY ?? 0) - (tile.MinY ?? 0));
        var parameters = new RenderParameters(X: x, Y: y, Width: width, Height: height, TileSpecs: [tile]);
        return query.ApplyTo(parameters, stack);
    }

    /// <summary>
    /// The tile's first mipmap image (or, for <paramref name="mask"/>, its mask drawn as the image)
    /// untransformed at full size; stack defaults are not applied.
    /// </summary>
    public async Task<RenderRequest> ForTileSourceAsync(
        StackId stackId, string tileId, double scale, bool mask, RenderQuery query, CancellationToken cancellationToken)
    {
        var tile = await reader.GetAsync(stackId, tileId, cancellationToken).ConfigureAwait(false);
        var (level, first) = tile.GetFirstMipmapEntry()
            ?? throw new RenderInputException($"tile '{tileId}' does not contain any mipmapLevel elements");
        var imageUrl = mask
            ? first.MaskUrl ?? throw new RenderInputException($"tile '{tileId}' does not have a mask")
            : first.ImageUrl;
        var image = mask
            ? new ImageAndMask(imageUrl, first.MaskLoaderType, first.MaskSliceNumber)
            : first with { MaskUrl = null, MaskLoaderType = null, MaskSliceNumber = null };
        var source = new TileSpec(Channels: [new ChannelSpec(MipmapLevels: MipmapLevelDictionary.Of(level, image))]);
        var parameters = new RenderParameters(
            Width: JavaMath.ToInt(tile.Width ?? 0), Height: JavaMath.ToInt(tile.Height ?? 0), Scale: scale, SkipInterpolation: true,
            TileSpecs: [source]);
        return query.ApplyTo(parameters, null, applyStackDefaults: false);
    }

    /// <summary>A box around the tile, widened on each side by the given fractions of its size.</summary>
    public async Task<RenderRequest> ForTileWithNeighborsAsync(
        StackId stackId, string tileId, (double Width, double Height) factors, RenderQuery query, CancellationToken cancellationToken)
    {
        var (widthFactor, heightFactor) = factors;
        var tile = await reader.GetAsync(stackId, tileId, cancellationToken).ConfigureAwait(false);
        var width = JavaMath.ToInt(tile.Width ?? 0);
        var height = JavaMath.ToInt(tile.Height ?? 0);
        var x = (tile.MinX ?? 0) - (width * widthFactor);
        var y = (tile.MinY ?? 0) - (height * heightFactor);
        var boxWidth = width + JavaMath.ToInt(2 * width * widthFactor);
        var boxHeight = height + JavaMath.ToInt(2 * height * heightFactor);
        return await ForBoxAsync(stackId, new RenderBox(tile.Z ?? 0, x, y, boxWidth, boxHeight, query.Scale ?? 1.0), query, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// normalizeForMatching without labels: the transforms up to the lens correction when one is
    /// labelled "lens"; otherwise render drops the last transform and keeps at most two.
    /// </summary>
    private static ListTransformSpec MatchingTransforms(ListTransformSpec transforms)
    {
        if (transforms.HasLabel(TransformSpecMetaData.LensCorrectionLabel))
        {
            return transforms.FlattenAndFilter([TransformSpecMetaData.LensCorrectionLabel], null);
        }

        var flat = transforms.Flatten();
        if (flat.Count > 0)
        {
            flat = flat.WithLastSpecRemoved();
        }

        while (flat.Count > 2)
        {
            flat = flat.WithLastSpecRemoved();
        }

        return flat;
    }
}
