using Render.Alignment.Problem;

namespace Render.Alignment.Quality;

/// <summary>Maps every match of every used pair through the solved models and summarises the distances.</summary>
internal static class ResidualCalculation
{
    public static ResidualReport Calculate(SolveInput input, Func<int, Affine2> model, SolveCounts counts, int worst, int threads)
    {
        var pairs = new PairResidual[input.PairCount];
        var sums = new (double Sum, double Squares, double Max, int Count)[input.PairCount];
        Parallel.For(0, input.PairCount, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads) }, pair =>
        {
            var source = input.Matches[input.PairSource[pair]];
            var (mp, mq) = (model(input.PairP[pair]), model(input.PairQ[pair]));
            var (p, q) = (source.Matches!.P!, source.Matches.Q!);
            double sum = 0, squares = 0, max = 0;
            var n = p[0].Length;
            for (var k = 0; k < n; k++)
            {
                var (px, py) = mp.Apply(p[0][k], p[1][k]);
                var (qx, qy) = mq.Apply(q[0][k], q[1][k]);
                var d2 = ((px - qx) * (px - qx)) + ((py - qy) * (py - qy));
                var d = Math.Sqrt(d2);
                sum += d;
                squares += d2;
                max = Math.Max(max, d);
            }

            sums[pair] = (sum, squares, max, n);
            pairs[pair] = new PairResidual(source.PGroupId, source.PId!, source.QGroupId, source.QId!, n, sum / n, Math.Sqrt(squares / n), max);
        });

        var tiles = TileResiduals(input, pairs, sums);
        var total = sums.Aggregate((Sum: 0.0, Squares: 0.0, Max: 0.0, Count: 0L), (a, s) => (a.Sum + s.Sum, a.Squares + s.Squares, Math.Max(a.Max, s.Max), a.Count + s.Count));
        var mean = total.Sum / total.Count;
        var rms = Math.Sqrt(total.Squares / total.Count);
        var worstPair = pairs.MaxBy(pair => pair.Max)!;
        var summary = $"{counts.SolvedTiles} tiles in {counts.Components} component(s) over {counts.Layers} layer(s), {counts.Pairs} pairs, " +
                      $"{counts.Matches} matches: residual mean {mean:0.###} px, RMS {rms:0.###} px, max {total.Max:0.###} px " +
                      $"({worstPair.PId} - {worstPair.QId}); {counts.RemovedTiles} tile(s) without matches left out, " +
                      $"{counts.PairsWithMissingTiles} pair(s) naming tiles not in the input ignored";
        return new ResidualReport(
            pairs,
            tiles,
            [.. pairs.OrderByDescending(pair => pair.Mean).Take(worst)],
            [.. tiles.OrderByDescending(tile => tile.Mean).Take(worst)],
            mean,
            rms,
            total.Max,
            summary);
    }

    private static TileResidual[] TileResiduals(SolveInput input, PairResidual[] pairs, (double Sum, double Squares, double Max, int Count)[] sums)
    {
        var tiles = new (double Sum, double Squares, double Max, int Count, int Pairs, int Worst)[input.TileCount];
        for (var tile = 0; tile < tiles.Length; tile++)
        {
            tiles[tile].Worst = -1;
        }

        void Add(int tile, int pair)
        {
            ref var t = ref tiles[tile];
            t.Sum += sums[pair].Sum;
            t.Squares += sums[pair].Squares;
            t.Max = Math.Max(t.Max, sums[pair].Max);
            t.Count += sums[pair].Count;
            t.Pairs++;
            if (t.Worst < 0 || pairs[pair].Mean > pairs[t.Worst].Mean)
            {
                t.Worst = pair;
            }
        }

        for (var pair = 0; pair < pairs.Length; pair++)
        {
            Add(input.PairP[pair], pair);
            Add(input.PairQ[pair], pair);
        }

        return [.. Enumerable.Range(0, tiles.Length).Select(tile =>
        {
            var t = tiles[tile];
            var worstPair = pairs[t.Worst];
            var partner = worstPair.PId == input.TileId(tile) ? worstPair.QId : worstPair.PId;
            return new TileResidual(input.TileId(tile), input.LayerZ[input.Layer[tile]], t.Pairs, t.Count, t.Sum / t.Count, Math.Sqrt(t.Squares / t.Count), t.Max, partner);
        })];
    }
}
