using Render.Client;
using Render.Geometry.Transforms;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Examples.Chapters;

/// <summary>
/// Chapter 5, changing the transforms of stored tiles: what render-python runs render's Java
/// ImportTransformChangesClient for (<c>importTransformChangesClient</c>, a new last transform per
/// tile into a new stack) and TransformSectionClient for (<c>transformSectionClient</c>, one shared
/// transform added to every tile of a layer). Both are plain client calls here.
/// </summary>
public static class TransformChangesChapter
{
    /// <summary>The id of the shared transform added to the layer.</summary>
    public const string SharedTransformId = "layer_alignment";

    /// <summary>The translation the shared transform adds, in world pixels.</summary>
    public const double ShiftX = 100;

    /// <summary>The translation the shared transform adds, in world pixels.</summary>
    public const double ShiftY = -50;

    /// <summary>
    /// Replaces the placement of every tile of layer <paramref name="z"/> of <paramref name="source"/>
    /// with a rotated one into <c>{prefix}_montage</c>, then adds a shared translation to that layer
    /// into <c>{prefix}_aligned</c>.
    /// </summary>
    public static async Task<ChangedStacks> RunAsync(
        RenderClient client, StackId source, double z, string prefix, TextWriter log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(log);
        log.WriteLine("== 5. Transform changes on stored tiles");

        // A montage solver's answer, simulated: the layer turned by 0.2° about its centre. Each tile's
        // new placement is that turn after its stage placement (its current last transform).
        var layer = await client.Tiles.GetLayerAsync(source, z, cancellationToken);
        var turn = RotationAbout(0.2, await LayerCentreAsync(client, source, z, cancellationToken));
        var changes = layer
            .Select(tile => new TileTransform(tile.TileId, LeafTransformSpec.Of(turn.Concatenate(PlacementOf(tile)))))
            .ToList();

        // importTransformChangesClient(stack, targetStack, changes_file, changeMode='REPLACE_LAST'):
        // only the changed tiles are written, with boxes derived again, into a stack made like the source.
        var montage = client.StackIdOf(prefix + "_montage");
        var changed = await client.Tiles.ApplyTransformChangesAsync(
            source, montage, changes, TransformChangeMode.ReplaceLast, new TileImportOptions { CompleteStack = true }, cancellationToken);
        log.WriteLine($"{changed} tiles of z {z} got a new last transform in {montage.Stack}");

        // transformSectionClient(stack, transformId, transformClass, transformData, zValues, targetStack):
        // one shared transform, stored once, which every tile of the layer refers to by id.
        var shared = LeafTransformSpec.Of(new AffineModel2D(1, 0, 0, 1, ShiftX, ShiftY)) with { Id = SharedTransformId };
        var aligned = client.StackIdOf(prefix + "_aligned");
        var added = await client.Tiles.AddTransformToLayersAsync(
            montage, aligned, shared, [z], replaceLast: false, new TileImportOptions { CompleteStack = true }, cancellationToken);
        log.WriteLine($"{added} tiles of z {z} refer to the shared transform '{SharedTransformId}' in {aligned.Stack}");

        return new ChangedStacks(montage, aligned, changes, shared);
    }

    /// <summary>The tile's placement: its last transform, an affine in this guide.</summary>
    /// <exception cref="InvalidOperationException">The last transform is not an affine leaf.</exception>
    public static AffineModel2D PlacementOf(TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        return tile.Transforms.LastSpec is LeafTransformSpec { ClassName: AffineModel2D.JavaClassName } leaf
            ? AffineModel2D.Parse(leaf.DataString)
            : throw new InvalidOperationException($"tile {tile.TileId} is not placed by an affine");
    }

    /// <summary>A rotation by <paramref name="degrees"/> about <paramref name="centre"/>.</summary>
    public static AffineModel2D RotationAbout(double degrees, (double X, double Y) centre)
    {
        var (sin, cos) = Math.SinCos(degrees * Math.PI / 180);
        var (cx, cy) = centre;
        return new AffineModel2D(cos, sin, -sin, cos, cx - (cos * cx) + (sin * cy), cy - (sin * cx) - (cos * cy));
    }

    private static async Task<(double X, double Y)> LayerCentreAsync(RenderClient client, StackId stackId, double z, CancellationToken cancellationToken)
    {
        var bounds = await client.Sections.GetBoundsAsync(stackId, z, cancellationToken);
        return (((bounds.MinX ?? 0) + (bounds.MaxX ?? 0)) / 2, ((bounds.MinY ?? 0) + (bounds.MaxY ?? 0)) / 2);
    }
}
