using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Storage.Relational;

/// <summary>One tile as it is written: the columns every query uses, and its canonical JSON served as it is.</summary>
/// <param name="TileId">The key within the stack.</param>
/// <param name="Z">z (NaN is written as NULL).</param>
/// <param name="SectionId">layout.sectionId.</param>
/// <param name="GroupId">groupId.</param>
/// <param name="MinX">The bounding box (NaN is written as NULL).</param>
/// <param name="MinY">The bounding box.</param>
/// <param name="MaxX">The bounding box.</param>
/// <param name="MaxY">The bounding box.</param>
/// <param name="ChannelNames">The names of the tile's channels, joined by <see cref="ChannelNameSeparator"/>; null when it has none.</param>
/// <param name="Spec">The tile spec in the model's canonical JSON (UTF-8).</param>
internal sealed record TileRow(
    string TileId, double? Z, string? SectionId, string? GroupId, double? MinX, double? MinY, double? MaxX, double? MaxY, string? ChannelNames, byte[] Spec)
{
    /// <summary>Separates the channel names of one tile in the channel_names column.</summary>
    public const char ChannelNameSeparator = '\n';

    /// <summary>The row of <paramref name="tile"/>, which must have a tileId.</summary>
    public static TileRow Of(TileSpec tile) => Of(tile, RenderJson.SerializeToUtf8Bytes(tile));

    /// <summary>The row of <paramref name="tile"/> with its JSON already written.</summary>
    public static TileRow Of(TileSpec tile, byte[] spec)
    {
        var channelNames = tile.Channels?.Select(channel => channel.Name).OfType<string>().ToList();
        return new TileRow(
            tile.TileId ?? throw new ArgumentException("every tile needs a tileId", nameof(tile)),
            tile.Z,
            tile.Layout?.SectionId,
            tile.GroupId,
            tile.MinX,
            tile.MinY,
            tile.MaxX,
            tile.MaxY,
            channelNames is { Count: > 0 } ? string.Join(ChannelNameSeparator, channelNames) : null,
            spec);
    }
}
