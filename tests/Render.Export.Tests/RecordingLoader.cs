using System.Collections.Concurrent;
using Render.Imaging.Rendering;

namespace Render.Export.Tests;

/// <summary>A tile loader that records which mipmap level of which tile the renderer asks for.</summary>
internal sealed class RecordingLoader(ITileImageLoader inner) : ITileImageLoader
{
    public ConcurrentQueue<(string? TileId, int Level)> Loads { get; } = new();

    public (int Width, int Height) GetFullScaleSize(ChannelSource channel) => inner.GetFullScaleSize(channel);

    public LoadedChannel? Load(ChannelSource channel, int level, bool withMask)
    {
        Loads.Enqueue((channel.TileId, level));
        return inner.Load(channel, level, withMask);
    }
}
