using Render.Model.Tiles;
using Render.Model.Transforms;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// PUT resolvedTiles, the only way tiles and shared transforms are written: bounding boxes derived on
/// request with the geometry core, render's validation, then one all-or-nothing store transaction
/// on a LOADING stack.
/// </summary>
public sealed class TileImportService(IRenderStore store, StackService stacks)
{
    public async Task SaveAsync(
        StackId stackId, ResolvedTileSpecCollection? collection, bool deriveData, double? requiredZ, CancellationToken cancellationToken)
    {
        if (collection is null)
        {
            throw new RenderInputException("no resolved tiles provided");
        }

        var stored = await stacks.RequireAsync(stackId, cancellationToken).ConfigureAwait(false);
        RequireLoading(stored.State);

        var transforms = SharedTransforms(collection);
        var tiles = collection.TileIdToSpecMap.Select(entry => entry.Value.TileId is null ? entry.Value with { TileId = entry.Key } : entry.Value).ToArray();
        if (deriveData)
        {
            tiles = ResolvedTilesPreparation.DeriveBoundingBoxes(tiles, collection.TransformIdToSpecMap);
        }

        ResolvedTilesPreparation.Validate(tiles, collection.TransformIdToSpecMap, requiredZ);
        var state = await store.Tiles.SaveAsync(stackId, tiles, transforms, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            throw new NotFoundException($"{stackId} does not exist");
        }

        RequireLoading(state.Value);
    }

    /// <summary>The payload's shared transforms, each stored under its id (the map key when it has none).</summary>
    private static List<TransformSpec> SharedTransforms(ResolvedTileSpecCollection collection) =>
        [.. collection.TransformIdToSpecMap.Select(entry => entry.Value.Id is null ? entry.Value with { Id = entry.Key } : entry.Value)];

    private static void RequireLoading(StackState state)
    {
        if (state != StackState.Loading)
        {
            throw new StackStateException(
                $"Resolved tiles can only be saved to stacks in the LOADING state, but this stack's state is {StackService.NameOf(state)}.");
        }
    }
}
