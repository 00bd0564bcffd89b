using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Alignment.Problem;

/// <content>From checked pairs to the indexed problem: pairs without weight dropped, degenerate pairs refused, tiles indexed.</content>
internal sealed partial class SolveInput
{
    private static SolveInput Assemble(
        IReadOnlyList<TileSpec> tiles,
        IReadOnlyList<CanvasMatches> matches,
        SolveOptions options,
        List<(int P, int Q, int Source)> candidates,
        Dictionary<int, TileFrame> frames,
        double[] moments,
        int[] counts,
        (int Missing, int Self, int Empty) ignored)
    {
        var kept = new List<int>(candidates.Count);
        var empty = ignored.Empty;
        for (var pair = 0; pair < candidates.Count; pair++)
        {
            var m = moments.AsSpan(pair * PairMoments.Stride, PairMoments.Stride);
            if (m[PairMoments.POffset + 8] <= 0)
            {
                empty++;
                continue;
            }

            CheckNotDegenerate(options.ModelType, m, counts[pair], () => $"pair ({tiles[candidates[pair].P].TileId}, {tiles[candidates[pair].Q].TileId})");
            kept.Add(pair);
        }

        if (kept.Count == 0)
        {
            throw Bad($"no usable point matches: none of the {candidates.Count} pairs between input tiles has a match with a positive weight");
        }

        var inputToSolved = new Dictionary<int, int>();
        foreach (var pair in kept)
        {
            inputToSolved.TryAdd(candidates[pair].P, -1);
            inputToSolved.TryAdd(candidates[pair].Q, -1);
        }

        var inputIndex = inputToSolved.Keys.Order().ToArray();
        for (var i = 0; i < inputIndex.Length; i++)
        {
            inputToSolved[inputIndex[i]] = i;
        }

        var fixedIds = new HashSet<string>(options.FixedTileIds ?? [], StringComparer.Ordinal);
        var z = inputIndex.Select(input => tiles[input].Z ?? throw Bad($"tile {tiles[input].TileId} has no z")).ToArray();
        var layerZ = z.Distinct().Order().ToArray();
        var layerOf = layerZ.Select((value, index) => (value, index)).ToDictionary(entry => entry.value, entry => entry.index);

        var pairP = kept.Select(pair => inputToSolved[candidates[pair].P]).ToArray();
        var pairQ = kept.Select(pair => inputToSolved[candidates[pair].Q]).ToArray();
        var keptMoments = new double[kept.Count * PairMoments.Stride];
        var tileMoments = new double[inputIndex.Length * 9];
        for (var k = 0; k < kept.Count; k++)
        {
            var source = moments.AsSpan(kept[k] * PairMoments.Stride, PairMoments.Stride);
            source.CopyTo(keptMoments.AsSpan(k * PairMoments.Stride));
            AddTo(tileMoments.AsSpan(pairP[k] * 9, 9), source.Slice(PairMoments.POffset, 9));
            AddTo(tileMoments.AsSpan(pairQ[k] * 9, 9), source.Slice(PairMoments.QOffset, 9));
        }

        return new SolveInput
        {
            InputTiles = tiles,
            Matches = matches,
            InputIndex = inputIndex,
            Start = inputIndex.Select(input => StartAffineOf(tiles[input])).ToArray(),
            Frames = inputIndex.Select(input => frames[input]).ToArray(),
            Fixed = inputIndex.Select(input => fixedIds.Contains(tiles[input].TileId!)).ToArray(),
            Layer = z.Select(value => layerOf[value]).ToArray(),
            LayerZ = layerZ,
            PairP = pairP,
            PairQ = pairQ,
            PairSource = kept.Select(pair => candidates[pair].Source).ToArray(),
            Moments = keptMoments,
            TileMoments = tileMoments,
            MatchCount = kept.Sum(pair => (long)counts[pair]),
            PairsWithMissingTiles = ignored.Missing,
            PairsWithoutMatches = empty,
            SelfPairs = ignored.Self,
        };
    }

    /// <summary>
    /// A pair must pin down what its model can move: an affine needs matches that span an area on
    /// both tiles, a rigid or similarity model two distinct points; a translation any one match.
    /// </summary>
    private static void CheckNotDegenerate(ModelType model, ReadOnlySpan<double> m, int count, Func<string> name)
    {
        var p = m.Slice(PairMoments.POffset, 9);
        var q = m.Slice(PairMoments.QOffset, 9);
        if (model == ModelType.Affine && (PairMoments.IsCollinear(p) || PairMoments.IsCollinear(q)))
        {
            throw Bad($"{name()}: its {count} matches lie on one line in a tile, which cannot determine an affine tile model (a degenerate pair)");
        }

        if (model is ModelType.Rigid or ModelType.Similarity && (PairMoments.IsCoincident(p) || PairMoments.IsCoincident(q)))
        {
            throw Bad($"{name()}: its {count} matches are all one point in a tile, which cannot determine a {model.ToRenderName()} tile model (a degenerate pair)");
        }
    }

    private static void AddTo(Span<double> target, ReadOnlySpan<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            target[i] += values[i];
        }
    }
}
