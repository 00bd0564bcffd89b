using Render.Geometry.Numerics;
using Render.Geometry.Transforms;
using Render.Imaging.Filters;
using Render.Imaging.Mapping;
using Render.Imaging.Pixels;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Rendering;

/// <summary>
/// render's RenderedCanvasMipmapSource for one channel: each tile, in the given order, gets its
/// mipmap level from the average scale of its transform, is loaded, converted to the canvas's kind
/// filtered, and mapped through its triangle mesh onto a canvas of <c>(int)(size·scale + 0.5)</c>
/// pixels. Several weighted channels are each drawn so and then averaged (render's
/// AveragedChannelMipmapSource). <paramref name="filterRandom"/> feeds filters that draw noise
/// (render's is unseeded; tests seed it).
/// </summary>
public sealed class CanvasRenderer(ITileImageLoader loader, int maxDegreeOfParallelism = -1, Random? filterRandom = null)
{
    private readonly int _threads = maxDegreeOfParallelism > 0 ? maxDegreeOfParallelism : Environment.ProcessorCount;
    private readonly FilterChain _filters = filterRandom is null ? FilterChain.Shared : new FilterChain(filterRandom);

    /// <summary>The canvas, or null when no tile produced pixels (render then leaves the output transparent).</summary>
    /// <exception cref="Model.RenderInputException">The channels or a filter spec are invalid.</exception>
    public Canvas? Render(RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Render(parameters, ChannelNamesAndWeights.Parse(parameters.Channels));
    }

    /// <summary>The canvas of <paramref name="parameters"/> with their channels already parsed (a prepared request parses them once).</summary>
    /// <exception cref="Model.RenderInputException">A filter spec is invalid.</exception>
    public Canvas? Render(RenderParameters parameters, ChannelNamesAndWeights channels)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(channels);

        // One channel is drawn by the name it starts with; no name (or an empty one) selects as render does.
        return channels.Count > 1
            ? ChannelAverage.Render(channels, name => RenderChannel(parameters, name))
            : RenderChannel(parameters, channels.Count > 0 ? channels.Channels[0].Name : parameters.Channels);
    }

    private Canvas? RenderChannel(RenderParameters parameters, string? channelName)
    {
        var scale = parameters.Scale;
        var canvasWidth = JavaMath.ToInt((parameters.Width * scale) + 0.5);
        var canvasHeight = JavaMath.ToInt((parameters.Height * scale) + 0.5);
        var cellSize = Math.Max(parameters.MeshCellSize, parameters.MinMeshCellSize / scale);
        var hasMasks = HasMasks(parameters);
        var placement = new AffineModel2D(scale, 0, 0, scale, -(parameters.X * scale), -(parameters.Y * scale));
        Canvas? canvas = null;
        try
        {
            foreach (var tile in parameters.TileSpecs)
            {
                canvas = RenderTile(tile, parameters, channelName, placement, cellSize, hasMasks, canvasWidth, canvasHeight, canvas);
            }

            if (canvas?.Image.Kind == PixelKind.Rgb)
            {
                // ColorProcessor.setMinAndMax rewrites pixels, and render applies it to the canvas too.
                canvas.Image = RasterConversion.StretchRgb(canvas.Image, canvas.Range);
            }

            return canvas;
        }
        catch
        {
            canvas?.Dispose();
            throw;
        }
    }

    /// <summary>render's <c>hasMasks</c>: masks are not excluded and some tile's first mipmap level has a mask.</summary>
    public static bool HasMasks(RenderParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return !parameters.ExcludeMask && parameters.TileSpecs.Any(tile => tile.GetFirstMipmapEntry() is { Value.MaskUrl: not null });
    }

    private Canvas? RenderTile(
        TileSpec tile, RenderParameters parameters, string? channelName, AffineModel2D placement, double cellSize, bool hasMasks, int canvasWidth, int canvasHeight, Canvas? canvas)
    {
        if (ChannelSelection.For(tile, parameters, channelName) is not var (channel, channelMin, channelMax))
        {
            return canvas;
        }

        var transform = new CoordinateTransformList([tile.BuildTransformList(), placement]);
        var (fullWidth, fullHeight) = channel.Width is { } w && channel.Height is { } h ? (w, h) : loader.GetFullScaleSize(channel);
        var level = MipmapLevels.BestMipmapLevel(MipmapLevels.SampleAverageScale(transform, fullWidth, fullHeight, cellSize, _threads));
        if (loader.Load(channel, level, withMask: !parameters.ExcludeMask) is not { } loaded)
        {
            return canvas;
        }

        var range = new DisplayRange(parameters.MinIntensity ?? channelMin, parameters.MaxIntensity ?? channelMax);
        var image = loaded.Image;
        if (channelMax > 255 && image.Kind == PixelKind.Gray8)
        {
            image = ScaleTo16Bit(image);
        }

        image = RasterConversion.StretchRgb(image, range);
        var displayRange = EffectiveRange(image, range);
        image = FilterChain.Apply(image, _filters.For(parameters, channel.Filter), displayRange, level);
        var mask = loaded.Mask is { } m && m.Width == image.Width && m.Height == image.Height ? m : null;
        if (hasMasks)
        {
            mask ??= FullMask(image.Width, image.Height);
        }

        canvas ??= Canvas.Create(image.Kind, canvasWidth, canvasHeight, hasMasks);
        var source = RasterConversion.Convert(image, range, canvas.Image.Kind);
        var columns = JavaMath.ToInt((fullWidth / cellSize) + 0.5);
        var mesh = RenderMesh.Create(new CoordinateTransformList([MipmapLevels.ScaleLevelTransform(level), transform]), columns, source.Width, source.Height, _threads);
        TileMapper.Map(mesh, source, mask, canvas, !parameters.SkipInterpolation, parameters.BinaryMask, _threads);
        canvas.Range = displayRange;
        return canvas;
    }

    /// <summary>What ImageJ's getMin/getMax return after setMinAndMax(range): rounded for 8-bit, truncated (or the data range for 0, 0) for 16-bit.</summary>
    private static DisplayRange EffectiveRange(Raster image, DisplayRange range)
    {
        switch (image.Kind)
        {
            case PixelKind.Gray8:
                return new DisplayRange(JavaMath.Round(range.Min), JavaMath.Round(range.Max));
            case PixelKind.Gray16 when range.Min == 0 && range.Max == 0:
                var (min, max) = RasterConversion.DataRange(image);
                return new DisplayRange(min, max);
            case PixelKind.Gray16:
                return new DisplayRange(Math.Clamp(JavaMath.ToInt(range.Min), 0, 65535), Math.Clamp(JavaMath.ToInt(range.Max), 0, 65535));
            default:
                return range;
        }
    }

    /// <summary>render's cache path for a 16-bit channel with an 8-bit image: converted to 16-bit and multiplied by 256.</summary>
    private static Raster ScaleTo16Bit(Raster image)
    {
        var result = Raster.Allocate(PixelKind.Gray16, image.Width, image.Height);
        var from = image.Gray!.Pixels;
        var to = result.Gray!.Pixels;
        for (var i = 0; i < from.Length; i++)
        {
            to[i] = (ushort)(from[i] * 256);
        }

        return result;
    }

    /// <summary>The mask render gives an unmasked tile on a masked canvas (an inverted empty ByteProcessor: all 255).</summary>
    private static Raster FullMask(int width, int height)
    {
        var mask = Raster.Allocate(PixelKind.Gray8, width, height);
        mask.Gray!.Pixels.Fill(255);
        return mask;
    }
}
