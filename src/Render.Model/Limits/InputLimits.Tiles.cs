using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Limits;

/// <summary>The checks of tiles and shared transforms (<c>PUT .../resolvedTiles</c>).</summary>
public sealed partial record InputLimits
{
    /// <summary>
    /// Refuses a collection with a null tile or transform, an id or name over the limit, a number
    /// that is not finite, a tile too large or a mesh too fine (see <see cref="CheckTile"/>).
    /// Null passes (the caller decides what an absent body means).
    /// </summary>
    /// <exception cref="RenderInputException">The first problem found.</exception>
    public void CheckTiles(ResolvedTileSpecCollection? collection)
    {
        if (collection is null)
        {
            return;
        }

        foreach (var (id, spec) in collection.TransformIdToSpecMap)
        {
            CheckId("transform id", id);
            var what = $"shared transform '{Abbreviate(id)}'";
            CheckTransform(what, spec ?? throw new RenderInputException($"{what} is null"));
        }

        foreach (var (id, tile) in collection.TileIdToSpecMap)
        {
            CheckId("tile id", id);
            CheckTile(tile ?? throw new RenderInputException($"tile '{Abbreviate(id)}' is null"));
        }
    }

    /// <summary>
    /// Refuses a tile whose ids or labels are too long, whose box, z or intensities are not finite,
    /// whose width or height is negative or over <see cref="MaxTileSide"/>, whose
    /// <c>meshCellSize</c> is not positive or implies more than <see cref="MaxMeshCells"/> cells,
    /// or whose channels, labels or transforms hold nulls.
    /// </summary>
    /// <exception cref="RenderInputException">The first problem found.</exception>
    public void CheckTile(TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        CheckId("tileId", tile.TileId);
        var what = $"tile '{Abbreviate(tile.TileId ?? string.Empty)}'";
        CheckId($"groupId of {what}", tile.GroupId);
        CheckId($"sectionId of {what}", tile.Layout?.SectionId);
        (string Name, double? Value)[] numbers =
        [
            ("z", tile.Z), ("minX", tile.MinX), ("minY", tile.MinY), ("maxX", tile.MaxX), ("maxY", tile.MaxY),
            ("minIntensity", tile.MinIntensity), ("maxIntensity", tile.MaxIntensity),
        ];
        foreach (var (name, value) in numbers)
        {
            CheckFinite($"{name} of {what}", value);
        }

        CheckGeometry(what, tile);
        foreach (var channel in tile.Channels ?? [])
        {
            CheckId($"channel name of {what}", (channel ?? throw new RenderInputException($"{what} has a null channel")).Name);
        }

        foreach (var label in tile.Labels ?? [])
        {
            CheckId($"label of {what}", label ?? throw new RenderInputException($"{what} has a null label"));
        }

        CheckTransform($"transforms of {what}", tile.Transforms);
    }

    /// <summary>Sizes the bounding-box derivation and the renderer can work with, and the mesh they imply.</summary>
    /// <exception cref="RenderInputException">The width, height or mesh cell size is out of bounds.</exception>
    public void CheckGeometry(string what, TileSpec tile)
    {
        ArgumentNullException.ThrowIfNull(tile);
        foreach (var (name, value) in new[] { ("width", tile.Width), ("height", tile.Height) })
        {
            if (value is { } side && !(side >= 0 && side <= MaxTileSide))
            {
                throw new RenderInputException($"invalid width, height or meshCellSize of {what}: {name} must be a number from 0 to {MaxTileSide:0}");
            }
        }

        var cell = tile.MeshCellSize;
        if (!(cell > 0 && double.IsFinite(cell)))
        {
            throw new RenderInputException($"invalid width, height or meshCellSize of {what}: meshCellSize must be a positive number");
        }

        // render lays (int)(side / cell + 0.5) columns and about as many rows, at least 2 each.
        var columns = Math.Max(2, Math.Round((tile.Width ?? 0) / cell));
        var rows = Math.Max(2, Math.Round((tile.Height ?? 0) / cell));
        if (columns * rows > MaxMeshCells)
        {
            throw new RenderInputException(
                $"invalid width, height or meshCellSize of {what}: meshCellSize {cell} implies a mesh of {columns:0} x {rows:0} cells; " +
                $"at most {MaxMeshCells} are allowed (render's default cell size is 64)");
        }
    }

    private void CheckTransform(string what, TransformSpec? spec)
    {
        switch (spec)
        {
            case null:
                throw new RenderInputException($"{what}: a transform is null");
            case ListTransformSpec list:
                foreach (var child in list.SpecList)
                {
                    CheckTransform(what, child);
                }

                break;
            case InterpolatedTransformSpec interpolated:
                CheckFinite($"lambda in {what}", interpolated.Lambda);
                CheckTransform(what, interpolated.A);
                CheckTransform(what, interpolated.B);
                break;
            case ReferenceTransformSpec reference:
                CheckId($"refId in {what}", reference.RefId);
                break;
        }

        CheckId($"transform id in {what}", spec.Id);
    }
}
