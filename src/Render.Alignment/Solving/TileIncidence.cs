using Render.Alignment.Problem;

namespace Render.Alignment.Solving;

/// <summary>For each tile, its pairs (compressed rows); a pair is stored as 2·pair for its p side and 2·pair + 1 for its q side.</summary>
internal sealed class TileIncidence
{
    public TileIncidence(SolveInput input)
    {
        Start = new int[input.TileCount + 1];
        for (var pair = 0; pair < input.PairCount; pair++)
        {
            Start[input.PairP[pair] + 1]++;
            Start[input.PairQ[pair] + 1]++;
        }

        for (var tile = 0; tile < input.TileCount; tile++)
        {
            Start[tile + 1] += Start[tile];
        }

        Sides = new int[Start[^1]];
        var next = Start[..^1].ToArray();
        for (var pair = 0; pair < input.PairCount; pair++)
        {
            Sides[next[input.PairP[pair]]++] = 2 * pair;
            Sides[next[input.PairQ[pair]]++] = (2 * pair) + 1;
        }
    }

    public int[] Start { get; }

    public int[] Sides { get; }

    public ReadOnlySpan<int> Of(int tile) => Sides.AsSpan(Start[tile], Start[tile + 1] - Start[tile]);
}
