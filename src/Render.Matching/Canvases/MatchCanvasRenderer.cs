using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Matching.Canvases;

/// <summary>
/// Renders canvases for matching as render's CanvasFeatureExtractor does: the render parameters'
/// tiles at their scale with the renderer (render's Renderer.renderImageProcessorWithMasks), the
/// first rendered channel (several channels averaged by their weights) and its mask. Features come
/// from that channel, before any background is drawn, so render's <c>fillWithNoise</c> changes
/// nothing for matching (render's PointMatchClient parses it and never uses it; newer clients say
/// it is ignored); masked features are removed instead.
/// </summary>
public sealed class MatchCanvasRenderer(ITileImageLoader loader, int maxDegreeOfParallelism = 1)
{
    private readonly CanvasRenderer _renderer = new(loader ?? throw new ArgumentNullException(nameof(loader)), maxDegreeOfParallelism);

    /// <summary>The canvas of <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">No tile produced pixels, the parameters are invalid or an image cannot be read.</exception>
    public MatchCanvas Render(RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.TileSpecs.Count == 0)
        {
            throw new ArgumentException("the render parameters have no tiles");
        }

        using var canvas = _renderer.Render(parameters) ?? throw new ArgumentException("no tile of the canvas produced pixels");
        var grey = RasterConversion.Convert(canvas.Image, canvas.Range, PixelKind.Gray8);
        try
        {
            var values = grey.Gray!.Pixels;
            var pixels = new byte[values.Length];
            for (var i = 0; i < pixels.Length; i++)
            {
                pixels[i] = (byte)values[i];
            }

            return new MatchCanvas(canvas.Width, canvas.Height, pixels, canvas.Mask?.Pixels.ToArray());
        }
        finally
        {
            if (!ReferenceEquals(grey, canvas.Image))
            {
                grey.Dispose();
            }
        }
    }
}
