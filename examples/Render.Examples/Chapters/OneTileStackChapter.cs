using Render.Client;
using Render.Geometry.Transforms;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 2, a stack with one tile: render-python's <c>create_stack</c>, a <c>TileSpec</c> with a
/// <c>Layout</c>, a level-0 <c>MipMap</c> and an <c>AffineModel</c>, <c>put_tilespecs</c>,
/// <c>set_stack_state('COMPLETE')</c> and <c>get_stack_bounds</c>.
/// </summary>
public static class OneTileStackChapter
{
    /// <summary>The tile's size in pixels.</summary>
    public const int TileSize = 2048;

    /// <summary>Where the microscope stage put the tile, in world pixels.</summary>
    public const double StageX = 10_240;

    /// <summary>Where the microscope stage put the tile, in world pixels.</summary>
    public const double StageY = 4_096;

    /// <summary>Creates <c>{prefix}_one_tile</c>, imports the tile, completes the stack and reads its bounds back.</summary>
    public static async Task<OneTileStack> RunAsync(RenderClient client, string prefix, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 2. A stack with one tile");

        // renderapi.stack.create_stack(stack, stackResolutionX=4, stackResolutionY=4, stackResolutionZ=35):
        // a new stack is LOADING until it is set COMPLETE.
        var stackId = client.StackIdOf(prefix + "_one_tile");
        var version = new StackVersion(StackResolutionX: 4, StackResolutionY: 4, StackResolutionZ: 35);
        await client.Stacks.CreateAsync(stackId, version, cancellationToken);

        var tile = BuildTile();
        log.WriteLine($"tile {tile.TileId}: {tile.Width}x{tile.Height} at stage ({StageX}, {StageY}), image {tile.MipmapLevels[0].ImageUrl}");

        // renderapi.resolvedtiles.put_tilespecs(stack, tilespecs=[tile]) asks the server to derive the
        // box (deriveData=true); Tiles.ImportAsync derives it here instead, with the same geometry.
        // The stack exists already, so the import is told not to set it up.
        await client.Tiles.ImportAsync(stackId, [tile], options: new TileImportOptions { CreateWithVersion = null }, cancellationToken: cancellationToken);

        // renderapi.stack.set_stack_state(stack, 'COMPLETE'): the server derives the stack's stats.
        await client.Stacks.SetStateAsync(stackId, StackState.Complete, cancellationToken);

        // renderapi.stack.get_stack_bounds(stack): the affine moved the 2048 x 2048 box to the stage position.
        var bounds = await client.Stacks.GetBoundsAsync(stackId, cancellationToken);
        log.WriteLine($"{stackId.Stack} is COMPLETE, bounds x {bounds.MinX}..{bounds.MaxX}, y {bounds.MinY}..{bounds.MaxY}, z {bounds.MinZ}..{bounds.MaxZ}");
        return new OneTileStack(stackId, tile, bounds);
    }

    /// <summary>
    /// The tile as render-python's <c>TileSpec(tileId=..., z=..., width=..., height=..., imageUrl=...,
    /// layout=Layout(...), tforms=[AffineModel(B0=..., B1=...)])</c> builds it.
    /// </summary>
    public static TileSpec BuildTile()
    {
        // The world placement is the last transform of a tile: here a translation to the stage position.
        var placement = new AffineModel2D(m00: 1, m10: 0, m01: 0, m11: 1, m02: StageX, m12: StageY);
        return new TileSpec(
            TileId: "one_tile.1.0",
            Layout: new LayoutData(SectionId: "1.0", ImageRow: 0, ImageCol: 0, StageX: StageX, StageY: StageY),
            Z: 1,
            Width: TileSize,
            Height: TileSize,
            MinIntensity: 0,
            MaxIntensity: 255,
            MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask(ImageUrl: "file:///data/guide/one_tile/0.tif")),
            Transforms: new ListTransformSpec([LeafTransformSpec.Of(placement)]));
    }
}
