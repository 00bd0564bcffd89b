using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Matching.TilePairs;

/// <summary>An <see cref="ITilePairSource"/> over data already in memory (tests, match trials, files).</summary>
public sealed class InMemoryTilePairSource : ITilePairSource
{
    private readonly ILookup<double, TileBounds> _bounds;
    private readonly ILookup<double, TileSpec> _specs;
    private readonly IReadOnlySet<string>? _included;
    private readonly ILookup<double, CanvasMatches> _existing;

    /// <summary>Creates the source.</summary>
    /// <param name="bounds">Every tile box (grouped by its z).</param>
    /// <param name="specs">Tile specs for row/column positions, or null.</param>
    /// <param name="includedTileIds">The tiles that may take part, or null for all.</param>
    /// <param name="existingPairs">Stored pairs with the z of their p group's layer, or null.</param>
    public InMemoryTilePairSource(
        IEnumerable<TileBounds> bounds,
        IEnumerable<TileSpec>? specs = null,
        IReadOnlySet<string>? includedTileIds = null,
        IEnumerable<(double Z, CanvasMatches Pair)>? existingPairs = null)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        _bounds = bounds.ToLookup(tile => tile.Z ?? throw new ArgumentException($"tile '{tile.TileId}' has no z"));
        _specs = (specs ?? []).ToLookup(tile => tile.Z ?? throw new ArgumentException($"tile '{tile.TileId}' has no z"));
        _included = includedTileIds;
        _existing = (existingPairs ?? []).ToLookup(pair => pair.Z, pair => pair.Pair);
    }

    /// <summary>The distinct z values of the boxes, ascending.</summary>
    public IReadOnlyList<double> ZValues => [.. _bounds.Select(group => group.Key).Order()];

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<TileBounds>> GetTileBoundsAsync(double z, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TileBounds>>([.. _bounds[z]]);

    /// <inheritdoc/>
    public ValueTask<IReadOnlySet<string>?> GetIncludedTileIdsAsync(double z, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_included);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<TileSpec>> GetTileSpecsAsync(double z, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<TileSpec>>([.. _specs[z]]);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<CanvasMatches>> GetExistingPairsAsync(double z, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<CanvasMatches>>([.. _existing[z]]);
}
