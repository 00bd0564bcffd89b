using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Transforms;

namespace Render.Model.Tiles;

/// <summary>
/// One image tile of a stack: where its pixels are (<see cref="MipmapLevels"/> or
/// <see cref="Channels"/>), how it maps into the world (<see cref="Transforms"/>) and the world box
/// it covers. Parameters are in render's JSON order; JSON names are their camel-case forms.
/// </summary>
/// <remarks>
/// Immutable, and data only: derive changed copies with <c>with</c>; where the tile lands (boxes,
/// coordinate mapping and the meshes kept for it) is <see cref="TileGeometry"/>. Record equality
/// compares the collections by reference: compare serialised JSON to compare content.
/// </remarks>
/// <param name="TileId">The tile's unique key within its stack.</param>
/// <param name="Layout">Acquisition layout (section id, camera, stage position...).</param>
/// <param name="GroupId">An arbitrary grouping (used by group box queries).</param>
/// <param name="Z">The layer.</param>
/// <param name="MinX">World box, minimum x.</param>
/// <param name="MinY">World box, minimum y.</param>
/// <param name="MaxX">World box, maximum x.</param>
/// <param name="MaxY">World box, maximum y.</param>
/// <param name="Width">Full-scale source width in pixels.</param>
/// <param name="Height">Full-scale source height in pixels.</param>
/// <param name="MinIntensity">Legacy single-channel intensity minimum (used when there are no channels).</param>
/// <param name="MaxIntensity">Legacy single-channel intensity maximum (used when there are no channels).</param>
/// <param name="MipmapLevels">Image and mask per mipmap level; null means none.</param>
/// <param name="Channels">Channels; when present and not empty they supersede the legacy single-channel fields.</param>
/// <param name="MipmapPathBuilder">Where derived mipmaps live (normally set per stack, not per tile).</param>
/// <param name="FilterSpec">A filter applied to the tile's pixels.</param>
/// <param name="Transforms">The tile's transforms, applied in order; null means none.</param>
/// <param name="MeshCellSize">The mesh cell size the world box was derived for.</param>
/// <param name="Labels">Labels (a set), or null.</param>
public sealed record TileSpec(
    string? TileId = null,
    LayoutData? Layout = null,
    string? GroupId = null,
    double? Z = null,
    double? MinX = null,
    double? MinY = null,
    double? MaxX = null,
    double? MaxY = null,
    double? Width = null,
    double? Height = null,
    double? MinIntensity = null,
    double? MaxIntensity = null,
    MipmapLevelDictionary? MipmapLevels = null,
    [property: JsonPropertyOrder(2)] IReadOnlyList<ChannelSpec>? Channels = null,
    [property: JsonPropertyOrder(3)] MipmapPathBuilder? MipmapPathBuilder = null,
    [property: JsonPropertyOrder(4)] FilterSpec? FilterSpec = null,
    ListTransformSpec? Transforms = null,
    [property: JsonPropertyOrder(6)] double MeshCellSize = TileSpec.DefaultMeshCellSize,
    [property: JsonPropertyOrder(7)] IReadOnlyList<string>? Labels = null)
{
    /// <summary>render's default triangle-mesh cell size in pixels.</summary>
    public const double DefaultMeshCellSize = 64.0;

    /// <summary>Image and mask per mipmap level, in numeric level order; written even when empty, as render does.</summary>
    [JsonPropertyOrder(1)]
    public MipmapLevelDictionary MipmapLevels { get; init; } = MipmapLevels ?? MipmapLevelDictionary.Empty;

    /// <summary>The tile's transforms, applied in order; always present.</summary>
    [JsonPropertyOrder(5)]
    public ListTransformSpec Transforms { get; init; } = Transforms ?? ListTransformSpec.Empty;

    /// <summary>
    /// The lowest mipmap level of the first channel (or of the legacy single channel), as render's
    /// getFirstMipmapEntry; null when there is none.
    /// </summary>
    public KeyValuePair<int, ImageAndMask>? GetFirstMipmapEntry()
    {
        var levels = Channels is { Count: > 0 } channels ? channels[0].MipmapLevels : MipmapLevels;
        return levels.Count > 0 ? levels.First() : null;
    }
}
