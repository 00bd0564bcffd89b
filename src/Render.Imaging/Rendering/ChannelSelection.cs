using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Rendering;

/// <summary>Which channel of a tile is rendered, and its intensity range (render's TileSpec.getChannels and ChannelSpec defaults).</summary>
internal static class ChannelSelection
{
    /// <summary>
    /// The channel named first in <paramref name="parameters"/>' channels (the tile's first channel
    /// when none is named; a legacy tile is its own unnamed channel), or null when the tile does not have it.
    /// </summary>
    public static (ChannelSource Source, double Min, double Max)? For(TileSpec tile, RenderParameters parameters) =>
        For(tile, parameters, parameters.Channels?.Split("__")[0]);

    /// <summary>The channel called <paramref name="requested"/> (the tile's first channel when null), or null when the tile does not have it.</summary>
    public static (ChannelSource Source, double Min, double Max)? For(TileSpec tile, RenderParameters parameters, string? requested)
    {
        var width = tile.Width is { } w ? Geometry.Numerics.JavaMath.ToInt(w) : (int?)null;
        var height = tile.Height is { } h ? Geometry.Numerics.JavaMath.ToInt(h) : (int?)null;
        if (tile.Channels is { Count: > 0 } channels)
        {
            var channel = requested is null ? channels[0] : channels.FirstOrDefault(c => c.Name == requested);
            if (channel is null)
            {
                return null;
            }

            var builder = channel.MipmapPathBuilder ?? tile.MipmapPathBuilder ?? parameters.MipmapPathBuilder;
            var source = new ChannelSource(tile.TileId, channel.MipmapLevels, builder, width, height, channel.FilterSpec ?? tile.FilterSpec);
            return (source, channel.MinIntensity ?? 0, channel.MaxIntensity ?? 255);
        }

        return (new ChannelSource(tile.TileId, tile.MipmapLevels, tile.MipmapPathBuilder ?? parameters.MipmapPathBuilder, width, height, tile.FilterSpec),
            tile.MinIntensity ?? 0, tile.MaxIntensity ?? 255);
    }
}
