using Render.Client;
using Render.Model.Rendering;
using Render.Model.Stacks;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 8, rendering: render-python's <c>get_tile_renderparams</c> and <c>get_bb_renderparams</c>,
/// the parameters the server renders an image from (its box, scale and the tiles with their
/// transforms resolved). The images themselves (<c>get_tile_image_data</c>, <c>get_bb_image</c>)
/// need the tiles' image files, which the synthetic acquisition does not have.
/// </summary>
public static class RenderParametersChapter
{
    /// <summary>The scale the tile is asked for.</summary>
    public const double TileScale = 0.5;

    /// <summary>
    /// The render parameters of the top-left tile of layer <paramref name="z"/>, and of the box from its
    /// centre to the centre of the tile diagonally below and right of it (four tiles on the guide's grid).
    /// </summary>
    public static async Task<RenderParametersTour> RunAsync(RenderClient client, StackId stackId, double z, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 8. Render parameters");

        // renderapi.image.get_tile_renderparams(stack, tileId, scale=0.5), for the top-left tile.
        var tiles = await client.Tiles.GetLayerAsync(stackId, z, cancellationToken);
        var tile = tiles.OrderBy(spec => spec.MinY).ThenBy(spec => spec.MinX).First();
        var forTile = await client.Rendering.GetTileParametersAsync(stackId, tile.TileId!, new RenderQuery { Scale = TileScale }, cancellationToken);
        log.WriteLine($"tile {tile.TileId}: box ({forTile.X}, {forTile.Y}) {forTile.Width}x{forTile.Height} at scale {forTile.Scale}, {Describe(forTile)}");

        // renderapi.image.get_bb_renderparams(stack, z, x, y, width, height, scale=0.25)
        const double step = AcquisitionGrid.TileSize - AcquisitionGrid.Overlap;
        const int half = AcquisitionGrid.TileSize / 2;
        var box = new RenderBox(z, tile.MinX!.Value + half, tile.MinY!.Value + half, (int)step, (int)step, Scale: 0.25);
        var forBox = await client.Rendering.GetBoxParametersAsync(stackId, box, cancellationToken: cancellationToken);
        log.WriteLine($"box ({box.X}, {box.Y}) {box.Width}x{box.Height}: {Describe(forBox)}");
        return new RenderParametersTour(tile, forTile, box, forBox);
    }

    private static string Describe(RenderParameters parameters) =>
        $"{parameters.TileSpecs.Count} tile(s): {string.Join(", ", parameters.TileSpecs.Select(spec => spec.TileId))}";
}
