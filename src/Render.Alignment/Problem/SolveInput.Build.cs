using System.Collections.Concurrent;
using Render.Geometry.Transforms;
using Render.Model.PointMatches;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Alignment.Problem;

/// <content>Building the inputs: which pairs and tiles are used, checked before anything is solved.</content>
internal sealed partial class SolveInput
{
    public static SolveInput Build(IReadOnlyList<TileSpec> tiles, IReadOnlyList<CanvasMatches> matches, SolveOptions options)
    {
        var idToInput = IndexTiles(tiles);
        var (candidates, missing, self, empty) = SelectPairs(matches, idToInput);
        if (candidates.Count == 0)
        {
            throw Bad($"no usable point matches: {matches.Count} pairs given, {missing} name a tile that is not among the " +
                      $"{tiles.Count} input tiles, {self} pair a tile with itself and {empty} hold no matches");
        }

        var frames = new Dictionary<int, TileFrame>();
        foreach (var (p, q, _) in candidates)
        {
            frames.TryAdd(p, FrameOf(tiles[p]));
            frames.TryAdd(q, FrameOf(tiles[q]));
        }

        var moments = new double[candidates.Count * PairMoments.Stride];
        var counts = new int[candidates.Count];
        var errors = new ConcurrentDictionary<int, string>();
        Parallel.For(0, candidates.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) }, pair =>
        {
            var (p, q, source) = candidates[pair];
            var error = AccumulateMoments(matches[source].Matches!, frames[p], frames[q], moments.AsSpan(pair * PairMoments.Stride, PairMoments.Stride), out counts[pair]);
            if (error is not null)
            {
                errors[pair] = $"pair ({tiles[p].TileId}, {tiles[q].TileId}): {error}";
            }
        });
        if (!errors.IsEmpty)
        {
            throw Bad(errors.MinBy(entry => entry.Key).Value);
        }

        return Assemble(tiles, matches, options, candidates, frames, moments, counts, (missing, self, empty));
    }

    private static Dictionary<string, int> IndexTiles(IReadOnlyList<TileSpec> tiles)
    {
        var idToInput = new Dictionary<string, int>(tiles.Count, StringComparer.Ordinal);
        for (var i = 0; i < tiles.Count; i++)
        {
            var id = tiles[i]?.TileId ?? throw Bad($"input tile {i} has no tileId");
            if (!idToInput.TryAdd(id, i))
            {
                throw Bad($"tile {id} is given twice");
            }
        }

        return idToInput;
    }

    /// <summary>
    /// Which pairs are used. Only the weight count is read here: matches read from JSON parse their
    /// arrays on first use, and parsing them one pair after another on this thread took longer than
    /// the parallel moments below (14.2 M matches through the service, issue 18's benchmark).
    /// </summary>
    private static (List<(int P, int Q, int Source)> Pairs, int Missing, int Self, int Empty) SelectPairs(
        IReadOnlyList<CanvasMatches> matches, Dictionary<string, int> idToInput)
    {
        var pairs = new List<(int, int, int)>(matches.Count);
        int missing = 0, self = 0, empty = 0;
        for (var m = 0; m < matches.Count; m++)
        {
            var pair = matches[m] ?? throw Bad($"match pair {m} is null");
            if (pair.PId is null || pair.QId is null || !idToInput.TryGetValue(pair.PId, out var p) || !idToInput.TryGetValue(pair.QId, out var q))
            {
                missing++;
            }
            else if (p == q)
            {
                self++;
            }
            else if (pair.Matches?.WeightCount is not > 0)
            {
                empty++;
            }
            else
            {
                pairs.Add((p, q, m));
            }
        }

        return (pairs, missing, self, empty);
    }

    private static TileFrame FrameOf(TileSpec tile) =>
        tile.Width is > 0 and var width && tile.Height is > 0 and var height
            ? TileFrame.ForSize(width, height)
            : throw Bad($"tile {tile.TileId} has no width and height: the solve samples each tile over its size");

    /// <summary>Checks one pair's arrays and sums its moments; returns an error message or null.</summary>
    private static string? AccumulateMoments(Matches matches, TileFrame pFrame, TileFrame qFrame, Span<double> m, out int count)
    {
        var w = matches.W!;
        count = w.Length;
        if (matches.P is not [var px, var py] || matches.Q is not [var qx, var qy] ||
            px?.Length != count || py?.Length != count || qx?.Length != count || qy?.Length != count)
        {
            return $"the matches need p and q as [[x...], [y...]] with {count} values each, as many as the weights";
        }

        for (var k = 0; k < count; k++)
        {
            if (!double.IsFinite(px[k]) || !double.IsFinite(py[k]) || !double.IsFinite(qx[k]) || !double.IsFinite(qy[k]) || !double.IsFinite(w[k]))
            {
                return $"match {k} has a value that is not a finite number (p ({px[k]}, {py[k]}), q ({qx[k]}, {qy[k]}), w {w[k]})";
            }

            if (w[k] < 0)
            {
                return $"match {k} has the negative weight {w[k]}";
            }

            var (pxn, pyn) = pFrame.Normalise(px[k], py[k]);
            var (qxn, qyn) = qFrame.Normalise(qx[k], qy[k]);
            PairMoments.Add(m, pxn, pyn, qxn, qyn, w[k]);
        }

        return null;
    }

    private static Affine2 StartAffineOf(TileSpec tile) => tile.Transforms.LastSpec switch
    {
        null => throw Bad($"tile {tile.TileId} has no transforms: the solve replaces a tile's last transform, which must be an affine"),
        ReferenceTransformSpec => throw Bad(
            $"last transform for tile {tile.TileId} is a reference transform, but the solve replaces the last transform with its " +
            "affine (as render's Trakem2SolverClient, make sure the stack is not a rough aligned stack)"),
        LeafTransformSpec leaf => leaf.BuildTransform() is IAffine2D affine
            ? Affine2.From(affine.ToAffineModel())
            : throw Bad($"last transform of tile {tile.TileId} is a {leaf.ClassName}, not an affine model: the solve replaces it with an affine"),
        var other => throw Bad($"last transform of tile {tile.TileId} is a {other.Type} spec, not a leaf affine: the solve replaces it with an affine"),
    };
}
