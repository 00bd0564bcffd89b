namespace Render.Model.Stacks;

/// <summary>What completing a stack derives: its bounds, counts and tile size ranges.</summary>
/// <param name="StackBounds">The world box of all tiles.</param>
/// <param name="SectionCount">The number of sections.</param>
/// <param name="NonIntegralSectionCount">The number of sections whose z is not a whole number.</param>
/// <param name="TileCount">The number of tiles.</param>
/// <param name="TransformCount">The number of shared transforms.</param>
/// <param name="MinTileWidth">The smallest tile width.</param>
/// <param name="MaxTileWidth">The largest tile width.</param>
/// <param name="MinTileHeight">The smallest tile height.</param>
/// <param name="MaxTileHeight">The largest tile height.</param>
/// <param name="ChannelNames">The channel names, sorted.</param>
public sealed record StackStats(
    Bounds? StackBounds = null,
    long? SectionCount = null,
    long? NonIntegralSectionCount = null,
    long? TileCount = null,
    long? TransformCount = null,
    int? MinTileWidth = null,
    int? MaxTileWidth = null,
    int? MinTileHeight = null,
    int? MaxTileHeight = null,
    IReadOnlyList<string>? ChannelNames = null);
