using Render.Client;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 7, coordinates: render-python's <c>world_to_local_coordinates</c> and
/// <c>local_to_world_coordinates</c> for one point, and their <c>_batch</c> forms for many. A world
/// point on no tile comes back with an error instead of failing the batch.
/// </summary>
public static class CoordinatesChapter
{
    /// <summary>How far left of and above the layer's bounds the point on no tile lies.</summary>
    public const double OffTileDistance = 10_000;

    /// <summary>Maps the centre of a tile of layer <paramref name="z"/> to local and back, then a batch with a point on no tile.</summary>
    public static async Task<CoordinatesTour> RunAsync(RenderClient client, StackId stackId, double z, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 7. World and local coordinates");

        var tiles = await client.Sections.GetTileBoundsAsync(stackId, z, cancellationToken);
        var (first, last) = (tiles[0], tiles[^1]);
        var world = Centre(first);

        // renderapi.coordinate.world_to_local_coordinates(stack, z, x, y): an entry for every tile
        // under the point, the one drawn on top marked visible.
        var locals = await client.Coordinates.WorldToLocalAsync(stackId, z, world[0], world[1], cancellationToken);
        var local = locals.Single(entry => entry.Visible == true);
        log.WriteLine($"world ({world[0]}, {world[1]}) is ({local.Local![0]:F2}, {local.Local[1]:F2}) in tile {local.TileId}");

        // renderapi.coordinate.local_to_world_coordinates(stack, tileId, x, y)
        var backToWorld = await client.Coordinates.LocalToWorldAsync(stackId, local.TileId!, local.Local[0], local.Local[1], cancellationToken);
        log.WriteLine($"and back: ({backToWorld.World![0]:F2}, {backToWorld.World[1]:F2})");

        // renderapi.coordinate.world_to_local_coordinates_batch(stack, d, z): one list per point, in
        // order. The last point lies left of and above every tile of the layer.
        var layer = await client.Sections.GetBoundsAsync(stackId, z, cancellationToken);
        List<TileCoordinates> worldPoints =
        [
            new(World: world),
            new(World: Centre(last)),
            new(World: [(layer.MinX ?? 0) - OffTileDistance, (layer.MinY ?? 0) - OffTileDistance]),
        ];
        var batchLocal = await client.Coordinates.WorldToLocalAsync(stackId, z, worldPoints, cancellationToken);
        foreach (var (point, answers) in worldPoints.Zip(batchLocal))
        {
            var answer = answers.FirstOrDefault(entry => entry.Visible == true) ?? answers[0];
            log.WriteLine(answer.Error is null
                ? $"  ({point.World![0]}, {point.World[1]}) -> {answer.TileId} ({answer.Local![0]:F2}, {answer.Local[1]:F2})"
                : $"  ({point.World![0]}, {point.World[1]}) -> error: {answer.Error}");
        }

        // renderapi.coordinate.local_to_world_coordinates_batch(stack, d, z): the mapped points back.
        var mapped = batchLocal
            .Select(answers => answers.FirstOrDefault(entry => entry.Visible == true))
            .OfType<TileCoordinates>()
            .Select(entry => new TileCoordinates(TileId: entry.TileId, Local: entry.Local))
            .ToList();
        var batchWorld = await client.Coordinates.LocalToWorldAsync(stackId, z, mapped, cancellationToken);
        log.WriteLine($"{batchWorld.Count} local points mapped back to world in one request");

        return new CoordinatesTour(first, world, local, backToWorld, worldPoints, batchLocal, batchWorld);
    }

    private static double[] Centre(TileBounds tile) => [((tile.MinX ?? 0) + (tile.MaxX ?? 0)) / 2, ((tile.MinY ?? 0) + (tile.MaxY ?? 0)) / 2];
}
