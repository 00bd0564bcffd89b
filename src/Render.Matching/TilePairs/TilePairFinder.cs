using System.Runtime.CompilerServices;
using Render.Model.PointMatches;

namespace Render.Matching.TilePairs;

/// <summary>
/// render's TilePairClient: walks the layers in z order, pairs each layer's tiles with their
/// neighbours in it and in the layers up to <see cref="TilePairOptions.ZNeighborDistance"/> above,
/// drops excluded pairs, and yields the pairs sorted in files of at most
/// <see cref="TilePairOptions.MaxPairsPerFile"/> exactly as render splits them (a full file is
/// written whenever more than that many pairs have gathered; the rest goes last). No pairs, no file.
/// </summary>
public sealed class TilePairFinder
{
    private readonly ITilePairSource _source;
    private readonly TilePairOptions _options;
    private readonly Dictionary<double, TileBoundsIndex> _layers = [];
    private readonly HashSet<double> _existingLoaded = [];
    private readonly HashSet<(string?, string?, string?, string?)> _existing = [];

    /// <summary>Creates a finder over <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid.</exception>
    public TilePairFinder(ITilePairSource source, TilePairOptions options)
    {
        _source = source ?? throw new ArgumentNullException(nameof(source));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
    }

    /// <summary>
    /// The pair files for the layers <paramref name="zValues"/> (the stack's z values in the run's
    /// range), each holding <paramref name="renderParametersUrlTemplate"/> and named after
    /// <paramref name="toJson"/> (see <see cref="TilePairFileNames"/>).
    /// </summary>
    /// <exception cref="ArgumentException">No z values, or a tile's data is incomplete (a box without coordinates, a tile without layout row and column when placing by them, a stored pair without a match count when one is needed).</exception>
    public async IAsyncEnumerable<TilePairFile> FindAsync(
        IReadOnlyList<double> zValues, string renderParametersUrlTemplate, string toJson, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zValues);
        ArgumentNullException.ThrowIfNull(renderParametersUrlTemplate);
        ArgumentNullException.ThrowIfNull(toJson);
        if (zValues.Count == 0)
        {
            throw new ArgumentException("the stack does not contain any layers with the specified z values");
        }

        List<double> zs = [.. zValues.Order()];
        var maxPerFile = _options.EffectiveMaxPairsPerFile;
        var gathered = new SortedSet<OrderedCanvasIdPair>(CanvasIdOrder.Instance);
        var files = 0;
        for (var zIndex = 0; zIndex < zs.Count; zIndex++)
        {
            var z = zs[zIndex];
            var layer = await LayerAsync(z, cancellationToken).ConfigureAwait(false);
            var neighbors = new List<TileBoundsIndex>();
            var maxNeighborZ = Math.Min(zs[^1], z + _options.ZNeighborDistance);
            for (var n = zIndex + 1; n < zs.Count && zs[n] <= maxNeighborZ; n++)
            {
                neighbors.Add(await LayerAsync(zs[n], cancellationToken).ConfigureAwait(false));
            }

            foreach (var done in _layers.Keys.Where(key => key < z).ToList())
            {
                _layers.Remove(done);
            }

            foreach (var pair in PairsOf(layer, neighbors))
            {
                gathered.Add(pair);
            }

            if (gathered.Count > maxPerFile)
            {
                List<OrderedCanvasIdPair> sorted = [.. gathered];
                var from = 0;
                for (; from + maxPerFile <= sorted.Count; from += maxPerFile)
                {
                    yield return new TilePairFile(TilePairFileNames.Numbered(toJson, files++), new RenderableCanvasIdPairs(renderParametersUrlTemplate, sorted.GetRange(from, maxPerFile)));
                }

                gathered = new SortedSet<OrderedCanvasIdPair>(sorted.Skip(from), CanvasIdOrder.Instance);
            }
        }

        if (gathered.Count > 0)
        {
            yield return new TilePairFile(files == 0 ? toJson : TilePairFileNames.Numbered(toJson, files), new RenderableCanvasIdPairs(renderParametersUrlTemplate, [.. gathered]));
        }
    }

    private IEnumerable<OrderedCanvasIdPair> PairsOf(TileBoundsIndex layer, List<TileBoundsIndex> neighbors)
    {
        var sources = _options.OnlyIncludeTilesNearTileIds is { } near ? layer.Tiles.Where(tile => near.Contains(tile.TileId)) : layer.Tiles;
        var pairs = NeighborPairs.Find(sources, layer, neighbors, _options);
        if (_options.ExcludeSameLayerPairsWithPosition is { } position)
        {
            pairs.RemoveWhere(pair => pair.P!.RelativePosition == position || pair.Q!.RelativePosition == position);
        }

        if (_existing.Count > 0)
        {
            pairs.RemoveWhere(pair => _existing.Contains((pair.P!.GroupId, pair.P.Id, pair.Q!.GroupId, pair.Q.Id)));
        }

        return pairs;
    }

    private async ValueTask<TileBoundsIndex> LayerAsync(double z, CancellationToken cancellationToken)
    {
        if (_layers.TryGetValue(z, out var layer))
        {
            return layer;
        }

        layer = _options.PlacesByRowAndColumn
            ? new TileBoundsIndex(z, TileGridPlacement.Place(await _source.GetTileSpecsAsync(z, cancellationToken).ConfigureAwait(false)))
            : await FilteredLayerAsync(z, cancellationToken).ConfigureAwait(false);
        _layers[z] = layer;
        if (_existingLoaded.Add(z))
        {
            AddExisting(await _source.GetExistingPairsAsync(z, cancellationToken).ConfigureAwait(false));
        }

        return layer;
    }

    private async ValueTask<TileBoundsIndex> FilteredLayerAsync(double z, CancellationToken cancellationToken)
    {
        IEnumerable<LayerTile> tiles = [.. (await _source.GetTileBoundsAsync(z, cancellationToken).ConfigureAwait(false)).Select(bounds => LayerTile.From(bounds, z))];
        if (await _source.GetIncludedTileIdsAsync(z, cancellationToken).ConfigureAwait(false) is { } included)
        {
            tiles = tiles.Where(tile => included.Contains(tile.TileId));
        }

        var layer = new TileBoundsIndex(z, tiles);
        if (_options.Bounds is { } box)
        {
            layer = new TileBoundsIndex(z, layer.FindInBox(box.MinX, box.MinY, box.MaxX, box.MaxY));
        }

        return _options.ExcludeCompletelyObscuredTiles ? new TileBoundsIndex(z, layer.FindVisibleTiles()) : layer;
    }

    private void AddExisting(IReadOnlyList<CanvasMatches> stored)
    {
        foreach (var match in stored)
        {
            if (_options.MinExistingMatchCount > 0)
            {
                var count = match.MatchCount ?? match.Matches?.WeightCount
                    ?? throw new ArgumentException(
                        $"stored pair {match.PId} / {match.QId} has no matchCount, which is required for the minExistingMatchCount option");
                if (count <= _options.MinExistingMatchCount)
                {
                    continue;
                }
            }

            if (match.PGroupId == match.QGroupId && match.PId == match.QId)
            {
                continue;
            }

            var pair = CanvasIdOrder.Pair(new CanvasId(match.PGroupId, match.PId), new CanvasId(match.QGroupId, match.QId));
            _existing.Add((pair.P!.GroupId, pair.P.Id, pair.Q!.GroupId, pair.Q.Id));
        }
    }
}
