using Render.Geometry.Numerics;
using Render.Model.Tiles;
using Render.Server.Errors;
using Render.Storage;

namespace Render.Server.Services;

/// <summary>
/// render's CoordinateService: world points to tile-local ones (tiles whose bounding box holds the
/// point, by tileId; the last invertible one is visible) and back, single and in batches where
/// each item carries its own error.
/// </summary>
public sealed class CoordinateService(TileReader reader, IRenderStore store)
{
    public async Task<List<TileCoordinates>> WorldToLocalAsync(
        StackId stackId, double z, double x, double y, CancellationToken cancellationToken)
    {
        var tiles = await reader.FindResolvedAsync(stackId, TileQuery.Point(z, x, y), flatten: false, cancellationToken).ConfigureAwait(false);
        if (tiles.Count == 0)
        {
            throw new RenderInputException(
                $"no tile specifications found in {stackId} for world coordinates x={Java(x)}, y={Java(y)}, z={Java(z)}");
        }

        return [.. TileCoordinateMapping.WorldToLocal(tiles, x, y)];
    }

    public async Task<TileCoordinates> LocalToWorldAsync(StackId stackId, string tileId, double x, double y, CancellationToken cancellationToken)
    {
        var tile = await reader.GetResolvedAsync(stackId, tileId, flatten: false, cancellationToken).ConfigureAwait(false);
        return TileCoordinateMapping.LocalToWorld(tile, x, y);
    }

    /// <summary>Each item mapped to world, or returned with the reason it could not be.</summary>
    public async Task<List<TileCoordinates>> LocalToWorldAsync(
        StackId stackId, IReadOnlyList<TileCoordinates?>? items, CancellationToken cancellationToken)
    {
        items = items ?? throw NoCoordinates();
        var results = new List<TileCoordinates>(items.Count);
        foreach (var item in items)
        {
            var error = item is null ? "coordinates are missing"
                : item.TileId is null ? "tileId is missing"
                : item.Local is null ? "local values are missing"
                : item.Local.Length < 2 ? "local values must include both x and y"
                : null;
            if (error is not null)
            {
                results.Add((item ?? new TileCoordinates()) with { Error = error });
                continue;
            }

            try
            {
                results.Add(await LocalToWorldAsync(stackId, item!.TileId!, item.Local![0], item.Local[1], cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (IsItemError(e))
            {
                results.Add(item! with { Error = e.Message });
            }
        }

        return results;
    }

    /// <summary>
    /// Each item's world point mapped to local coordinates; <paramref name="z"/> is the layer when
    /// given, otherwise each item's third world value.
    /// </summary>
    public async Task<List<List<TileCoordinates>>> WorldToLocalAsync(
        StackId stackId, double? z, IReadOnlyList<TileCoordinates?>? items, CancellationToken cancellationToken)
    {
        items = items ?? throw NoCoordinates();
        var results = new List<List<TileCoordinates>>(items.Count);
        foreach (var item in items)
        {
            var world = item?.World;
            var error = world is null ? "world values are missing"
                : z is null && world.Length < 3 ? "world values must include x, y, and z"
                : world.Length < 2 ? "world values must include both x and y"
                : null;
            if (error is not null)
            {
                results.Add([(item ?? new TileCoordinates()) with { Error = error }]);
                continue;
            }

            try
            {
                var mapped = await WorldToLocalAsync(stackId, z ?? world![2], world![0], world[1], cancellationToken).ConfigureAwait(false);
                results.Add([.. mapped]);
            }
            catch (Exception e) when (IsItemError(e) || e is Geometry.Transforms.NoninvertibleTransformException)
            {
                results.Add([item! with { Error = e.Message }]);
            }
        }

        return results;
    }

    /// <summary>
    /// For each item, one copy per tile whose bounding box holds its world point (tileId set, by
    /// tileId), or the item unchanged when there is none.
    /// </summary>
    public async Task<List<List<TileCoordinates>>> TileIdsForCoordinatesAsync(
        StackId stackId, double? z, IReadOnlyList<TileCoordinates?>? items, CancellationToken cancellationToken)
    {
        items = items ?? throw NoCoordinates();
        var results = new List<List<TileCoordinates>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var world = items[i]?.World;
            if (world is null)
            {
                throw new RenderInputException($"world values are missing for element {i}");
            }

            if (world.Length < (z is null ? 3 : 2))
            {
                throw new RenderInputException(z is null
                    ? $"world values must include x, y, and z for element {i}"
                    : $"world values must include both x and y for element {i}");
            }

            var copies = new List<TileCoordinates>();
            await foreach (var tileId in store.Tiles.FindTileIdsAsync(stackId, TileQuery.Point(z ?? world[2], world[0], world[1]), cancellationToken)
                .ConfigureAwait(false))
            {
                copies.Add(items[i]! with { TileId = tileId });
            }

            results.Add(copies.Count > 0 ? copies : [items[i]!]);
        }

        return results;
    }

    /// <summary>A world point of one stack mapped, through the visible tile's local coordinates, into another stack.</summary>
    public async Task<TileCoordinates> MapToStackAsync(
        StackId fromStack, StackId toStack, double z, double x, double y, CancellationToken cancellationToken)
    {
        var local = await WorldToLocalAsync(fromStack, z, x, y, cancellationToken).ConfigureAwait(false);
        var visible = local.Last(coordinates => coordinates.Visible == true);
        return await LocalToWorldAsync(toStack, visible.TileId!, visible.Local![0], visible.Local[1], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A posted tile's local point in world coordinates.</summary>
    /// <exception cref="RenderInputException">No tile was posted.</exception>
    public static List<double> LocalToWorld(TileSpec? tile, double x, double y) =>
        [.. (tile ?? throw NoTile()).GetWorldCoordinates(x, y)];

    /// <summary>A world point in a posted tile's local coordinates, inverting its transforms on a mesh of the given cell size (the tile's own by default).</summary>
    /// <exception cref="RenderInputException">No tile was posted.</exception>
    public static List<double> WorldToLocal(TileSpec? tile, double x, double y, double? meshCellSize)
    {
        tile = tile ?? throw NoTile();
        return [.. tile.GetLocalCoordinates(x, y, meshCellSize ?? tile.MeshCellSize)];
    }

    private static RenderInputException NoCoordinates() => new("no coordinates provided");

    private static RenderInputException NoTile() => new("no tile spec provided");

    private static bool IsItemError(Exception e) => e is NotFoundException or ArgumentException or FormatException;

    private static string Java(double value) => JavaNumberFormat.FormatDouble(value);
}
