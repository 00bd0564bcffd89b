using Render.Matching.TilePairs;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Cli.Commands;

/// <summary>
/// The stack data of <c>render tile-pairs</c> over the client, as render's TilePairClient reads it:
/// each layer's tile bounds, the tile ids of the <c>--only-include-tiles-from-stack</c> stack, the
/// layer's tile specs for row/column positions, and the stored pairs of the excluded collection
/// whose p group is one of the layer's sections (with their match counts).
/// </summary>
internal sealed class ClientTilePairSource(
    RenderClient client, StackId stack, StackId? includeStack, MatchCollectionId? existing, IReadOnlyDictionary<double, List<string>> sectionIds)
    : ITilePairSource
{
    public async ValueTask<IReadOnlyList<TileBounds>> GetTileBoundsAsync(double z, CancellationToken cancellationToken) =>
        await client.Sections.GetTileBoundsAsync(stack, z, cancellationToken).ConfigureAwait(false);

    public async ValueTask<IReadOnlySet<string>?> GetIncludedTileIdsAsync(double z, CancellationToken cancellationToken)
    {
        if (includeStack is null)
        {
            return null;
        }

        var bounds = await client.Sections.GetTileBoundsAsync(includeStack, z, cancellationToken).ConfigureAwait(false);
        return bounds.Select(tile => tile.TileId).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    public async ValueTask<IReadOnlyList<TileSpec>> GetTileSpecsAsync(double z, CancellationToken cancellationToken) =>
        await client.Tiles.GetLayerAsync(stack, z, cancellationToken).ConfigureAwait(false);

    public async ValueTask<IReadOnlyList<CanvasMatches>> GetExistingPairsAsync(double z, CancellationToken cancellationToken)
    {
        if (existing is null || !sectionIds.TryGetValue(z, out var groups))
        {
            return [];
        }

        var pairs = new List<CanvasMatches>();
        foreach (var group in groups)
        {
            await foreach (var pair in client.Matches.GetCountsWithPGroupAsync(existing, group, cancellationToken).ConfigureAwait(false))
            {
                pairs.Add(pair);
            }
        }

        return pairs;
    }
}
