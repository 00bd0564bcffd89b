using Render.Model;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Tiles.Validation;
using Render.Model.Transforms;

namespace Render.Client;

/// <content>
/// The bulk import: what render's ImportJsonClient and render-python's parallel imports do, with the
/// bounding boxes derived here by the geometry core instead of by a Java client.
/// </content>
public sealed partial class TilesClient
{
    /// <summary>
    /// Imports <paramref name="tiles"/> with the <paramref name="sharedTransforms"/> they refer to:
    /// checks every tile and derives its box first (so a bad tile is refused before anything is
    /// written), opens the stack for loading, sends batches in parallel, each with the shared
    /// transforms its tiles use, and closes the stack when asked to.
    /// </summary>
    /// <exception cref="RenderInputException">
    /// A tile has no id or a repeated one, an unresolvable reference, a missing size, or a transform
    /// that cannot be built; nothing was sent.
    /// </exception>
    /// <exception cref="RenderException">The service refused a request.</exception>
    public async Task ImportAsync(
        StackId stackId,
        IReadOnlyList<TileSpec> tiles,
        IReadOnlyDictionary<string, TransformSpec>? sharedTransforms = null,
        TileImportOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tiles);
        options ??= new TileImportOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxParallelRequests, 1, nameof(options));
        sharedTransforms ??= new Dictionary<string, TransformSpec>();

        RequireUniqueIds(tiles);
        var prepared = options.DeriveBoundingBoxesLocally ? ResolvedTilesPreparation.DeriveBoundingBoxes(tiles, sharedTransforms) : tiles;
        if (options.Validator is { } validator)
        {
            prepared = options.DeriveBoundingBoxesLocally
                ? RemoveInvalid(prepared, validator, options.InvalidTile)
                : throw new ArgumentException("a tile validator needs the boxes derived locally (DeriveBoundingBoxesLocally)", nameof(options));
        }

        if (options.DeriveBoundingBoxesLocally)
        {
            ResolvedTilesPreparation.Validate(prepared, sharedTransforms);
        }

        if (options.CreateWithVersion is { } version)
        {
            await _stacks.OpenForLoadingAsync(stackId, version, cancellationToken).ConfigureAwait(false);
        }

        var stored = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxParallelRequests, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(prepared.Chunk(options.BatchSize), parallel, async (batch, ct) =>
        {
            var collection = new ResolvedTileSpecCollection(
                SharedTransformsUsedBy(batch, sharedTransforms),
                batch.ToDictionary(tile => tile.TileId!, StringComparer.Ordinal));
            await SaveResolvedAsync(stackId, collection, deriveData: !options.DeriveBoundingBoxesLocally, ct).ConfigureAwait(false);
            options.Progress?.Report(new TileImportProgress(Interlocked.Add(ref stored, batch.Length), prepared.Count));
        }).ConfigureAwait(false);

        if (options.CompleteStack)
        {
            await _stacks.SetStateAsync(stackId, StackState.Complete, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>render's removeInvalidTileSpecs: the tiles <paramref name="validator"/> accepts, in order; the others are told to <paramref name="invalid"/>.</summary>
    private static TileSpec[] RemoveInvalid(IReadOnlyList<TileSpec> tiles, ITileSpecValidator validator, Action<TileSpec, string>? invalid)
    {
        var problems = new string?[tiles.Count];
        Parallel.For(0, tiles.Count, i => problems[i] = validator.Validate(tiles[i]));
        var kept = new List<TileSpec>(tiles.Count);
        for (var i = 0; i < tiles.Count; i++)
        {
            if (problems[i] is { } problem)
            {
                invalid?.Invoke(tiles[i], problem);
            }
            else
            {
                kept.Add(tiles[i]);
            }
        }

        return [.. kept];
    }

    private static void RequireUniqueIds(IReadOnlyList<TileSpec> tiles)
    {
        var ids = new HashSet<string>(tiles.Count, StringComparer.Ordinal);
        for (var i = 0; i < tiles.Count; i++)
        {
            var id = tiles[i].TileId ?? throw new RenderInputException($"tile {i} has no tileId");
            if (!ids.Add(id))
            {
                throw new RenderInputException($"tileId '{id}' appears more than once");
            }
        }
    }

    /// <summary>The shared transforms the batch's tiles refer to, directly or through other shared transforms.</summary>
    private static Dictionary<string, TransformSpec> SharedTransformsUsedBy(TileSpec[] batch, IReadOnlyDictionary<string, TransformSpec> sharedTransforms)
    {
        var used = new Dictionary<string, TransformSpec>(StringComparer.Ordinal);
        var pending = new Stack<string>(batch.SelectMany(tile => tile.Transforms.GetUnresolvedIds()));
        while (pending.TryPop(out var id))
        {
            if (!used.ContainsKey(id) && sharedTransforms.TryGetValue(id, out var spec))
            {
                used.Add(id, spec);
                foreach (var next in spec.GetUnresolvedIds())
                {
                    pending.Push(next);
                }
            }
        }

        return used;
    }
}
