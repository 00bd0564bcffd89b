using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Export.Rendering;

/// <summary>
/// render's LabelImageProcessorCache as a loader: a tile's image is replaced by its label filled
/// over the tile's size (halved per mipmap level), so image files are never read; masks are loaded
/// as usual through <paramref name="masks"/>.
/// </summary>
internal sealed class LabelTileLoader(ITileImageLoader masks, LabelColors colors) : ITileImageLoader
{
    public (int Width, int Height) GetFullScaleSize(ChannelSource channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Width is { } width && channel.Height is { } height ? (width, height) : masks.GetFullScaleSize(channel);
    }

    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var first = channel.Levels.Values.FirstOrDefault() ?? throw new ArgumentException($"tile '{channel.TileId}' does not have any mipmap levels");
        var label = colors.For(first.ImageUrl ?? throw new ArgumentException($"tile '{channel.TileId}' has no level-0 image"));
        var (width, height) = GetFullScaleSize(channel);
        var image = Raster.Allocate(PixelKind.Gray16, Math.Max(1, width >> level), Math.Max(1, height >> level));
        image.Gray!.Pixels.Fill(label);
        var entry = channel.Levels.FloorEntry(level) is { } floor ? floor : channel.Levels.First();
        if (!withMask || entry.Value.MaskUrl is not { } maskUrl)
        {
            return new LoadedChannel(image, null);
        }

        // The mask loaded as the image of a channel that has only the mask, so that the label's image file is never opened.
        var maskOnly = channel with
        {
            Levels = MipmapLevelDictionary.Of(entry.Key, new ImageAndMask(maskUrl, entry.Value.MaskLoaderType, entry.Value.MaskSliceNumber)),
            PathBuilder = null,
            Filter = null,
        };
        var mask = masks.Load(maskOnly, level, withMask: false)?.Image;
        return new LoadedChannel(image, mask is null ? null : RasterConversion.ToMask(mask));
    }
}
