using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Imaging.Rendering;

/// <summary>The pixels of one channel of one tile: its images per mipmap level and where derived mipmaps live.</summary>
/// <param name="TileId">The tile, for messages.</param>
/// <param name="Levels">Image and mask per mipmap level.</param>
/// <param name="PathBuilder">Where derived mipmaps live, or null.</param>
/// <param name="Width">The tile's full-scale width, or null to take the level-0 image's.</param>
/// <param name="Height">The tile's full-scale height, or null to take the level-0 image's.</param>
/// <param name="Filter">The channel's own filter (a legacy tile's is the tile's), or null.</param>
public sealed record ChannelSource(
    string? TileId, MipmapLevelDictionary Levels, MipmapPathBuilder? PathBuilder, int? Width, int? Height, FilterSpec? Filter = null);
