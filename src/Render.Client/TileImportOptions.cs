using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Tiles.Validation;

namespace Render.Client;

/// <summary>
/// How <see cref="TilesClient.ImportAsync"/> sends tiles: batch size, requests in flight,
/// where bounding boxes come from, the target stack's set-up and close, and progress. Immutable.
/// </summary>
public sealed record TileImportOptions
{
    /// <summary>Tiles per request (render's ImportJsonClient default is 5,000 too).</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Requests in flight at once; the service imports batches concurrently.</summary>
    public int MaxParallelRequests { get; init; } = 2;

    /// <summary>
    /// Derive every tile's bounding box here, with the geometry core, before anything is sent (the
    /// default); the service then stores the boxes as they are. When false, the service derives them
    /// (<c>deriveData=true</c>), as render-python's <c>put_tilespecs</c> asks it to.
    /// </summary>
    public bool DeriveBoundingBoxesLocally { get; init; } = true;

    /// <summary>
    /// The version a missing target stack is created with. The stack is created LOADING when it is
    /// missing and set LOADING when it is not; null leaves its set-up to the caller.
    /// </summary>
    public StackVersion? CreateWithVersion { get; init; } = new();

    /// <summary>Set the stack COMPLETE once every batch is stored.</summary>
    public bool CompleteStack { get; init; }

    /// <summary>Told after each stored batch how many tiles are stored so far.</summary>
    public IProgress<TileImportProgress>? Progress { get; init; }

    /// <summary>
    /// render's <c>--validatorClass</c>: once the boxes are derived, tiles it finds invalid are left
    /// out of the import (render's <c>removeInvalidTileSpecs</c>), each told to <see cref="InvalidTile"/>.
    /// Needs <see cref="DeriveBoundingBoxesLocally"/>.
    /// </summary>
    public ITileSpecValidator? Validator { get; init; }

    /// <summary>Told of each tile the <see cref="Validator"/> left out, with its reason (render logs it as an error).</summary>
    public Action<TileSpec, string>? InvalidTile { get; init; }
}
