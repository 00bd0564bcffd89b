using System.Runtime.ExceptionServices;
using Render.Model;
using Render.Model.Stacks;
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
    /// <summary>Tiles per parallel chunk when deriving bounding boxes.</summary>
    private const int DeriveChunk = 256;

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
            Array.ForEach(tiles, CheckSize);
            tiles = DeriveBoundingBoxes(tiles, collection.TransformIdToSpecMap);
        }

        Validate(tiles, collection.TransformIdToSpecMap, requiredZ);
        var state = await store.Tiles.SaveAsync(stackId, tiles, transforms, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            throw new NotFoundException($"{stackId} does not exist");
        }

        RequireLoading(state.Value);
    }

    /// <summary>The largest tile side a box is derived for (the mesh's sample counts must stay integers).</summary>
    private const double MaxTileSize = 1e9;

    /// <summary>render's deriveData: every tile's box, forced, from its transforms resolved against the payload only.</summary>
    private static TileSpec[] DeriveBoundingBoxes(TileSpec[] tiles, IReadOnlyDictionary<string, TransformSpec> payloadTransforms)
    {
        var resolver = new TransformSpecResolver(payloadTransforms);
        var derived = new TileSpec[tiles.Length];
        try
        {
            Parallel.For(0, (tiles.Length + DeriveChunk - 1) / DeriveChunk, chunk =>
            {
                var end = Math.Min(tiles.Length, (chunk + 1) * DeriveChunk);
                for (var i = chunk * DeriveChunk; i < end; i++)
                {
                    var tile = tiles[i];
                    var resolved = tile with { Transforms = resolver.Resolve(tile.Transforms) };
                    var box = resolved.DeriveBoundingBox(tile.MeshCellSize, force: true);
                    derived[i] = tile with { MinX = box.MinX, MinY = box.MinY, MaxX = box.MaxX, MaxY = box.MaxY };
                }
            });
        }
        catch (AggregateException parallel) when (parallel.InnerExceptions.Count > 0)
        {
            // Parallel.For wraps what a tile threw; answer with the tile's own error (a missing size
            // or an unknown transform class is bad input, 400), not with the wrapper (500).
            ExceptionDispatchInfo.Throw(parallel.InnerExceptions[0]);
        }

        return derived;
    }

    /// <summary>Sizes and mesh cells the derivation can work with (render itself fails on absurd values with an overflow).</summary>
    private static void CheckSize(TileSpec tile)
    {
        static bool Valid(double? value, double min) => value is not { } v || (double.IsFinite(v) && v >= min && v <= MaxTileSize);
        if (!Valid(tile.Width, 0) || !Valid(tile.Height, 0) || !Valid(tile.MeshCellSize, double.Epsilon))
        {
            throw new RenderInputException(
                $"tile with id '{tile.TileId}' has an invalid width, height or meshCellSize " +
                $"({tile.Width}, {tile.Height}, {tile.MeshCellSize}); they must be finite, positive and at most {MaxTileSize:0}");
        }
    }

    /// <summary>render's validateCollection plus its check that every referenced transform is in the payload.</summary>
    private static void Validate(TileSpec[] tiles, IReadOnlyDictionary<string, TransformSpec> payloadTransforms, double? requiredZ)
    {
        if (tiles.Length == 0)
        {
            throw new RenderInputException("collection does not have any tiles (maybe they were removed by a prior validation process)");
        }

        var resolver = new TransformSpecResolver(payloadTransforms);
        foreach (var tile in tiles)
        {
            if (tile.MinX is null || tile.MinY is null || tile.MaxX is null || tile.MaxY is null)
            {
                throw new RenderInputException(
                    $"tile with id '{tile.TileId}' is missing bounding box attributes (minX, minY, maxX, and/or maxY)");
            }

            if (requiredZ is { } z && (tile.Z is not { } tileZ || tileZ.CompareTo(z) != 0))
            {
                throw new RenderInputException(
                    $"all tiles must have a z value of {Java(z)} but tile with id '{tile.TileId}' has a z value of {(tile.Z is { } tz ? Java(tz) : "null")}");
            }

            var unresolved = resolver.Resolve(tile.Transforms).GetUnresolvedIds();
            if (unresolved.Count > 0)
            {
                throw new RenderInputException($"tile {tile.TileId} requires the following transform ids [{string.Join(", ", unresolved.Order(StringComparer.Ordinal))}]");
            }
        }
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

    private static string Java(double value) => Render.Geometry.Numerics.JavaNumberFormat.FormatDouble(value);
}
