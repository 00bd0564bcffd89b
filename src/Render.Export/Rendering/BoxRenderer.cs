using Render.Imaging.Codecs.Loading;
using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Export.Rendering;

/// <summary>
/// Renders boxes as render's ArgbRenderer does (into a transparent ARGB image of the box), each on
/// one thread so that several boxes render at once; decoded source images are shared through one
/// bounded cache, since neighbouring boxes draw the same tiles.
/// </summary>
internal sealed class BoxRenderer
{
    private readonly TileImageLoader _loader;
    private readonly CanvasRenderer _renderer;

    public BoxRenderer(ImageAccessPolicy? policy, long cacheBytes = 512L << 20)
    {
        _loader = new TileImageLoader(policy ?? ImageAccessPolicy.AnyLocalFile, new ImageCache(cacheBytes));
        _renderer = new CanvasRenderer(_loader, maxDegreeOfParallelism: 1);
    }

    /// <summary>The ARGB image (pooled: dispose it).</summary>
    /// <exception cref="ArgumentException">An image cannot be read (the message names it and its tile).</exception>
    public PixelBuffer<int> RenderArgb(RenderParameters parameters)
    {
        _loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
        using var canvas = _renderer.Render(parameters);
        return ArgbOutput.Create(canvas, parameters);
    }

    /// <summary>
    /// The 8-bit grey box BoxClient saves with convertToGray: <see cref="RenderArgb"/> drawn onto black
    /// grey (<see cref="GrayBoxOutput"/>), without the ARGB image for grey canvases. Pooled: dispose it.
    /// </summary>
    /// <exception cref="ArgumentException">An image cannot be read (the message names it and its tile).</exception>
    public PixelBuffer<byte> RenderGray8(RenderParameters parameters)
    {
        _loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
        using var canvas = _renderer.Render(parameters);
        return GrayBoxOutput.Create(canvas, parameters);
    }

    /// <summary>
    /// render's LabelRenderer: every tile drawn in its label with a binary mask into a 16-bit image, the
    /// pixels no tile covers white (<see cref="LabelColors.Empty"/>). Pooled: dispose it.
    /// </summary>
    /// <exception cref="ArgumentException">A tile has no label (it is not one of the layer's), or a mask cannot be read.</exception>
    public PixelBuffer<ushort> RenderLabels(RenderParameters parameters, LabelColors colors)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
        parameters = parameters with { BinaryMask = true, MinIntensity = 0, MaxIntensity = LabelColors.Empty };
        using var canvas = new CanvasRenderer(new LabelTileLoader(_loader, colors), maxDegreeOfParallelism: 1).Render(parameters);
        var labels = Gray16Output.Create(canvas, parameters);
        labels.Pixels.Replace((ushort)0, LabelColors.Empty);
        return labels;
    }

    /// <summary>
    /// 8-bit grey as render's N5Client makes it: the ARGB image as an ImageJ ColorProcessor (alpha
    /// ignored) converted to bytes with the default weights, (int)(r/3 + g/3 + b/3 + 0.5).
    /// </summary>
    public byte[] RenderGray(RenderParameters parameters)
    {
        using var argb = RenderArgb(parameters);
        var pixels = argb.Pixels;
        var gray = new byte[pixels.Length];
        const double third = 1d / 3;
        for (var i = 0; i < gray.Length; i++)
        {
            var p = pixels[i];
            gray[i] = (byte)(int)((((p >> 16) & 0xff) * third) + (((p >> 8) & 0xff) * third) + ((p & 0xff) * third) + 0.5);
        }

        return gray;
    }
}
