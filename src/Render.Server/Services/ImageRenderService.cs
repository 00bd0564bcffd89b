using Render.Geometry.Numerics;
using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Filters;
using Render.Imaging.Output;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Server.Services;

/// <summary>
/// render-ws's RenderServiceUtil: refuses absurd requests, draws only tile outlines beyond
/// maxTileSpecsToRender or when asked for bounding boxes only, checks every filter and the channel
/// weights are valid (400) and opens every tile's image (400 when missing, 403 when outside the
/// image roots) before rendering anything, then renders from the opened images and encodes.
/// </summary>
public sealed class ImageRenderService
{
    /// <summary>The most output pixels one request may ask for (a 16,384² image).</summary>
    public const long MaxOutputPixels = 16_384L * 16_384;

    private readonly TileImageLoader _loader;

    /// <summary>Renders through the server's one loader (its policy: the image roots and the data folder).</summary>
    public ImageRenderService(TileImageLoader loader)
    {
        ArgumentNullException.ThrowIfNull(loader);
        _loader = loader;
    }

    /// <summary>The encoded image of the request, or only its tiles' outlines for <paramref name="boundingBoxesOnly"/>.</summary>
    public byte[] Render(RenderRequest request, OutputFormat format, int? maxTileSpecsToRender, bool boundingBoxesOnly = false)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parameters = request.Parameters;
        CheckSize(parameters);
        if (parameters.TileSpecUrl is not null && parameters.TileSpecs.Count == 0)
        {
            throw new RenderInputException("tileSpecUrl is not supported by this server (it does not fetch URLs); send the tileSpecs in the request");
        }

        if (boundingBoxesOnly || (maxTileSpecsToRender is { } max && max >= 0 && parameters.TileSpecs.Count > max))
        {
            using var boxes = BoundingBoxOutput.Create(parameters);
            return format.Is16Bit() ? throw new RenderInputException("too many tiles to render a 16-bit image") : ImageEncoder.EncodeArgb(boxes, format, parameters.Quality, parameters.ConvertToGray);
        }

        var channels = request.Channels ?? ChannelNamesAndWeights.Parse(parameters.Channels);
        FilterChain.Validate(parameters);
        using var images = _loader.Open(parameters.TileSpecs, parameters.ExcludeMask);
        return RenderedImage.Encode(new CanvasRenderer(images), parameters, channels, format);
    }

    /// <summary>The full path of <paramref name="path"/> when it exists; the image roots apply as to images.</summary>
    /// <exception cref="ImageAccessException">The file is outside the image roots.</exception>
    public string? ExistingFile(string path) => _loader.Policy.Authorize(path) is var full && File.Exists(full) ? full : null;

    /// <summary>A malformed or huge request is refused before anything is loaded.</summary>
    private static void CheckSize(RenderParameters parameters)
    {
        var scale = parameters.Scale;
        if (!double.IsFinite(scale) || scale <= 0 || scale > 64)
        {
            throw new RenderInputException($"scale must be above 0 and at most 64, not {JavaNumberFormat.FormatDouble(scale)}");
        }

        if (parameters.Width <= 0 || parameters.Height <= 0)
        {
            throw new RenderInputException($"width and height must be positive, not {parameters.Width} and {parameters.Height}");
        }

        if (!double.IsFinite(parameters.X) || !double.IsFinite(parameters.Y) || parameters.MeshCellSize <= 0 || !double.IsFinite(parameters.MeshCellSize))
        {
            throw new RenderInputException("x, y and meshCellSize must be finite numbers (meshCellSize above 0)");
        }

        var canvasWidth = Math.Floor((parameters.Width * scale) + 0.5);
        var canvasHeight = Math.Floor((parameters.Height * scale) + 0.5);
        if (canvasWidth * canvasHeight > MaxOutputPixels)
        {
            throw new RenderInputException(
                $"the requested image of {canvasWidth}x{canvasHeight} pixels is larger than this server renders ({MaxOutputPixels:N0} pixels); ask for a smaller box or scale");
        }
    }
}
