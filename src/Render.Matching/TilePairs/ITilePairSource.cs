using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Matching.TilePairs;

/// <summary>
/// The stack data a tile-pair run reads, one layer at a time, as render's TilePairClient fetches
/// it from render-ws (the CLI implements it over the client; tests and the server over memory).
/// Each method is called at most once per layer.
/// </summary>
public interface ITilePairSource
{
    /// <summary>The tile boxes of layer <paramref name="z"/> (render-ws <c>/z/{z}/tileBounds</c>).</summary>
    ValueTask<IReadOnlyList<TileBounds>> GetTileBoundsAsync(double z, CancellationToken cancellationToken);

    /// <summary>
    /// The tile ids of layer <paramref name="z"/> that may take part (the tiles of render's
    /// <c>--onlyIncludeTilesFromStack</c>), or null when every tile may.
    /// </summary>
    ValueTask<IReadOnlySet<string>?> GetIncludedTileIdsAsync(double z, CancellationToken cancellationToken);

    /// <summary>The tile specs of layer <paramref name="z"/> with their layout data (only asked for with row/column positions).</summary>
    ValueTask<IReadOnlyList<TileSpec>> GetTileSpecsAsync(double z, CancellationToken cancellationToken);

    /// <summary>
    /// The stored pairs whose p group is a section of layer <paramref name="z"/>, without match
    /// details but with their match counts (render-ws <c>/group/{pGroupId}/matchesWith...</c> with
    /// <c>excludeMatchDetails</c>, for render's <c>--excludePairsInMatchCollection</c>); empty when
    /// no pairs are to be excluded.
    /// </summary>
    ValueTask<IReadOnlyList<CanvasMatches>> GetExistingPairsAsync(double z, CancellationToken cancellationToken);
}
