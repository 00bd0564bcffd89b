using Render.Model.Rendering;

namespace Render.Server.Services;

/// <summary>
/// render-ws's TileImageService and RenderImageService: each image is a render request (built by
/// <see cref="RenderParametersService"/>) handed to the renderer in the format the path names.
/// </summary>
public sealed class ImageService(RenderParametersService parameters, ImageRenderService renderer)
{
    /// <summary>A tile as the matcher sees it (normalised as render's TileDataService does).</summary>
    public async Task<EncodedImage> TileAsync(
        StackId stackId, string tileId, RenderQuery query, TileNormalization normalization, ImageRequest image, CancellationToken cancellationToken) =>
        Render(await parameters.ForTileAsync(stackId, tileId, query, normalization, cancellationToken).ConfigureAwait(false), image);

    /// <summary>A tile's first mipmap image, or its mask, untransformed.</summary>
    public async Task<EncodedImage> TileSourceAsync(
        StackId stackId, string tileId, double scale, bool mask, RenderQuery query, ImageRequest image, CancellationToken cancellationToken) =>
        Render(await parameters.ForTileSourceAsync(stackId, tileId, scale, mask, query, cancellationToken).ConfigureAwait(false), image);

    /// <summary>A tile with the parts of its neighbours around it.</summary>
    public async Task<EncodedImage> TileWithNeighborsAsync(
        StackId stackId, string tileId, (double Width, double Height) factors, RenderQuery query, ImageRequest image, CancellationToken cancellationToken) =>
        Render(await parameters.ForTileWithNeighborsAsync(stackId, tileId, factors, query, cancellationToken).ConfigureAwait(false), image);

    /// <summary>A whole layer.</summary>
    public async Task<EncodedImage> LayerAsync(StackId stackId, double z, RenderQuery query, ImageRequest image, CancellationToken cancellationToken) =>
        Render(await parameters.ForLayerAsync(stackId, z, query, cancellationToken).ConfigureAwait(false), image);

    /// <summary>A box of a layer.</summary>
    public async Task<EncodedImage> BoxAsync(StackId stackId, RenderBox box, RenderQuery query, ImageRequest image, CancellationToken cancellationToken) =>
        Render(await parameters.ForBoxAsync(stackId, box, query, cancellationToken).ConfigureAwait(false), image);

    /// <summary>Posted render parameters, as they are.</summary>
    /// <exception cref="RenderInputException">There are none.</exception>
    public EncodedImage Posted(RenderParameters? posted, ImageRequest image) =>
        Render(new RenderRequest(posted ?? throw new RenderInputException("no render parameters in the request body")), image);

    private EncodedImage Render(RenderRequest request, ImageRequest image)
    {
        var format = image.Format;
        return new EncodedImage(renderer.Render(request, format, image.MaxTileSpecsToRender, image.BoundingBoxesOnly), format);
    }
}
