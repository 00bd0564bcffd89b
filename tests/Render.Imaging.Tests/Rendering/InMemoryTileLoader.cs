using Render.Imaging.Pixels;
using Render.Imaging.Rendering;

namespace Render.Imaging.Tests.Rendering;

/// <summary>A tile loader over rasters held in memory, keyed by image URL (level 0 only).</summary>
internal sealed class InMemoryTileLoader(IReadOnlyDictionary<string, Raster> images) : ITileImageLoader
{
    public (int Width, int Height) GetFullScaleSize(ChannelSource channel)
    {
        var image = Image(channel);
        return (image.Width, image.Height);
    }

    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask) =>
        level == 0 ? new LoadedChannel(Image(channel), null) : throw new ArgumentException("only level 0 is held");

    private Raster Image(ChannelSource channel) => images[channel.Levels[0].ImageUrl!];
}
