using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Model.Rendering;

/// <summary>
/// Everything needed to render an image: the world box and scale, the tiles (resolved and
/// flattened) and how to draw them. The answer of every <c>render-parameters</c> endpoint and the
/// body of <c>PUT /owner/{o}/*-image</c>. Parameters are in render's order, with render's defaults.
/// </summary>
/// <param name="TileSpecUrl">A URL of a JSON array of tile specs, loaded when <see cref="TileSpecs"/> is empty.</param>
/// <param name="MeshCellSize">Triangle-mesh cell size in pixels.</param>
/// <param name="MinMeshCellSize">The smallest cell size at the target scale (effective cell = max(meshCellSize, minMeshCellSize / scale)).</param>
/// <param name="In">An image to draw into, or null.</param>
/// <param name="Out">Where to write the result (its extension picks the format), or null.</param>
/// <param name="X">World x of the top-left corner.</param>
/// <param name="Y">World y of the top-left corner.</param>
/// <param name="Width">World width.</param>
/// <param name="Height">World height.</param>
/// <param name="Scale">Output pixels per world pixel.</param>
/// <param name="AreaOffset">Kept for compatibility; render does not use it.</param>
/// <param name="MinIntensity">Overrides every channel's intensity minimum, or null.</param>
/// <param name="MaxIntensity">Overrides every channel's intensity maximum, or null.</param>
/// <param name="ConvertToGray">Write grey instead of colour (JPEG and other ImageIO formats).</param>
/// <param name="Quality">JPEG quality (a Java float).</param>
/// <param name="NumberOfThreads">Mapping threads.</param>
/// <param name="SkipInterpolation">Nearest neighbour instead of bilinear interpolation.</param>
/// <param name="BinaryMask">Render masks as binary.</param>
/// <param name="ExcludeMask">Ignore all masks.</param>
/// <param name="ParametersUrl">A URL of base parameters merged into unset values, or null.</param>
/// <param name="DoFilter">Apply render's default filters.</param>
/// <param name="AddWarpFieldDebugOverlay">Draw a warp-field debug overlay.</param>
/// <param name="BackgroundRGBColor">An opaque background colour (RGB int), or null.</param>
/// <param name="FillWithNoise">Fill the background with noise.</param>
/// <param name="Channels">Channels to render: <c>name</c> or <c>n1__w1__n2__w2</c>; null for the default.</param>
/// <param name="MipmapPathBuilder">Where the mipmaps of the tiles live.</param>
/// <param name="FilterSpecs">Filters to apply, or null.</param>
/// <param name="TileSpecs">The tiles, in draw order; null means none.</param>
/// <param name="MinBoundsMinX">Minimal bounding box x minimum, or null.</param>
/// <param name="MinBoundsMinY">Minimal bounding box y minimum, or null.</param>
/// <param name="MinBoundsMaxX">Minimal bounding box x maximum, or null.</param>
/// <param name="MinBoundsMaxY">Minimal bounding box y maximum, or null.</param>
/// <param name="MinBoundsMeshCellSize">The mesh cell size the minimal box was derived for.</param>
public sealed record RenderParameters(
    string? TileSpecUrl = null,
    double MeshCellSize = TileSpec.DefaultMeshCellSize,
    double MinMeshCellSize = 0,
    string? In = null,
    string? Out = null,
    double X = 0,
    double Y = 0,
    int Width = RenderParameters.DefaultWidthAndHeight,
    int Height = RenderParameters.DefaultWidthAndHeight,
    double Scale = 1.0,
    bool AreaOffset = false,
    double? MinIntensity = null,
    double? MaxIntensity = null,
    bool ConvertToGray = false,
    float Quality = RenderParameters.DefaultQuality,
    int NumberOfThreads = 1,
    bool SkipInterpolation = false,
    bool BinaryMask = false,
    bool ExcludeMask = false,
    string? ParametersUrl = null,
    bool DoFilter = false,
    bool AddWarpFieldDebugOverlay = false,
    int? BackgroundRGBColor = null,
    bool FillWithNoise = false,
    string? Channels = null,
    MipmapPathBuilder? MipmapPathBuilder = null,
    IReadOnlyList<FilterSpec>? FilterSpecs = null,
    IReadOnlyList<TileSpec>? TileSpecs = null,
    [property: JsonPropertyOrder(2)] double? MinBoundsMinX = null,
    [property: JsonPropertyOrder(3)] double? MinBoundsMinY = null,
    [property: JsonPropertyOrder(4)] double? MinBoundsMaxX = null,
    [property: JsonPropertyOrder(5)] double? MinBoundsMaxY = null,
    [property: JsonPropertyOrder(6)] double MinBoundsMeshCellSize = TileSpec.DefaultMeshCellSize)
{
    /// <summary>render's default width and height.</summary>
    public const int DefaultWidthAndHeight = 256;

    /// <summary>render's default JPEG quality.</summary>
    public const float DefaultQuality = 0.85f;

    /// <summary>The tiles, in draw order; always written.</summary>
    [JsonPropertyOrder(1)]
    public IReadOnlyList<TileSpec> TileSpecs { get; init; } = TileSpecs ?? [];
}
