using Render.Model.PointMatches;

namespace Render.Matching.TilePairs;

/// <summary>
/// What render's TilePairClient is told, with its defaults: how far to look for neighbours, which
/// tiles and pairs to leave out, and how many pairs go in one file. The stack, z range and the
/// data behind the exclusions come from an <see cref="ITilePairSource"/>.
/// </summary>
/// <param name="ZNeighborDistance">Pair tiles with layers up to this far above (render's <c>--zNeighborDistance</c>, default 2; 0 for montage pairs only).</param>
/// <param name="XyNeighborFactor">The search radius is this times max(width, height) of each tile (default 0.9).</param>
/// <param name="ExplicitRadius">A search radius in full-scale pixels instead of <see cref="XyNeighborFactor"/>, or null.</param>
/// <param name="UseRowColPositions">For montage pairs (distance 0) place tiles by their layout imageRow/imageCol instead of their bounds.</param>
/// <param name="ExcludeCornerNeighbors">Drop neighbours whose centre lies outside the tile's x range and outside its y range (default true).</param>
/// <param name="ExcludeCompletelyObscuredTiles">Drop tiles completely covered by tiles with a greater id (render draws those on top; default true).</param>
/// <param name="ExcludeSameLayerNeighbors">Pair only across layers.</param>
/// <param name="ExcludeSameSectionNeighbors">Never pair tiles of the same section id.</param>
/// <param name="ExcludeSameLayerPairsWithPosition">Drop same-layer pairs where either tile has this relative position, or null.</param>
/// <param name="MinExistingMatchCount">With existing pairs given, exclude a pair only when its stored match count is greater than this (0: any stored pair).</param>
/// <param name="OnlyIncludeTilesNearTileIds">Only source tiles with these ids look for neighbours, or null for all (render's <c>--onlyIncludeTilesNearTileIdsJson</c>).</param>
/// <param name="Bounds">Only tiles whose box intersects this layer box, or null (render's <c>--minX/--maxX/--minY/--maxY</c>).</param>
/// <param name="MaxPairsPerFile">The most pairs in one file (default 100,000; less than 1 is taken as 1, as render does).</param>
public sealed record TilePairOptions(
    int ZNeighborDistance = 2,
    double XyNeighborFactor = 0.9,
    double? ExplicitRadius = null,
    bool UseRowColPositions = false,
    bool ExcludeCornerNeighbors = true,
    bool ExcludeCompletelyObscuredTiles = true,
    bool ExcludeSameLayerNeighbors = false,
    bool ExcludeSameSectionNeighbors = false,
    MontageRelativePosition? ExcludeSameLayerPairsWithPosition = null,
    int MinExistingMatchCount = 0,
    IReadOnlySet<string>? OnlyIncludeTilesNearTileIds = null,
    LayerBox? Bounds = null,
    int MaxPairsPerFile = 100_000)
{
    /// <summary>Whether <see cref="UseRowColPositions"/> applies (render uses it for montage pairs only).</summary>
    internal bool PlacesByRowAndColumn => ZNeighborDistance == 0 && UseRowColPositions;

    /// <summary>The pairs per file render writes: at least 1.</summary>
    internal int EffectiveMaxPairsPerFile => Math.Max(1, MaxPairsPerFile);

    /// <summary>Throws for options render rejects.</summary>
    /// <exception cref="ArgumentException">A negative z distance or a factor, radius or count that is not a finite non-negative number.</exception>
    public void Validate()
    {
        if (ZNeighborDistance < 0)
        {
            throw new ArgumentException($"zNeighborDistance must not be negative, got {ZNeighborDistance}");
        }

        if (!double.IsFinite(XyNeighborFactor) || XyNeighborFactor < 0)
        {
            throw new ArgumentException($"xyNeighborFactor must be a finite non-negative number, got {XyNeighborFactor}");
        }

        if (ExplicitRadius is { } radius && (!double.IsFinite(radius) || radius < 0))
        {
            throw new ArgumentException($"explicitRadius must be a finite non-negative number, got {radius}");
        }

        if (MinExistingMatchCount < 0)
        {
            throw new ArgumentException($"minExistingMatchCount must not be negative, got {MinExistingMatchCount}");
        }
    }
}
