using Render.Model.Rendering;
using Render.Model.Stacks;

namespace Render.Model.Tiles;

/// <summary>One channel of a multi-channel tile.</summary>
/// <param name="Name">The channel name; null is the default unnamed channel.</param>
/// <param name="MinIntensity">Intensity minimum; render writes it always (default 0).</param>
/// <param name="MaxIntensity">Intensity maximum; render writes it always (default 255; above 255 means 16-bit).</param>
/// <param name="MipmapLevels">Image and mask per mipmap level; null means none.</param>
/// <param name="MipmapPathBuilder">Where derived mipmaps of this channel live.</param>
/// <param name="FilterSpec">A filter applied to this channel's pixels.</param>
public sealed record ChannelSpec(
    string? Name = null,
    double? MinIntensity = 0,
    double? MaxIntensity = 255,
    MipmapLevelDictionary? MipmapLevels = null,
    [property: JsonPropertyOrder(2)] MipmapPathBuilder? MipmapPathBuilder = null,
    [property: JsonPropertyOrder(3)] FilterSpec? FilterSpec = null)
{
    /// <summary>Image and mask per mipmap level, in numeric level order; always written.</summary>
    [JsonPropertyOrder(1)]
    public MipmapLevelDictionary MipmapLevels { get; init; } = MipmapLevels ?? MipmapLevelDictionary.Empty;
}
