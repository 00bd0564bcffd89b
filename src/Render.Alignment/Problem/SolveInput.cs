using Render.Model;
using Render.Model.PointMatches;
using Render.Model.Tiles;

namespace Render.Alignment.Problem;

/// <summary>
/// The solve's inputs reduced to numbers: the tiles that have usable pairs (indexed 0..n−1), their
/// starting affines and frames, their layers, and each pair's moments. Built once; read-only after.
/// </summary>
internal sealed partial class SolveInput
{
    public required IReadOnlyList<TileSpec> InputTiles { get; init; }

    public required IReadOnlyList<CanvasMatches> Matches { get; init; }

    /// <summary>For each solved tile, its index in <see cref="InputTiles"/>.</summary>
    public required int[] InputIndex { get; init; }

    public required Affine2[] Start { get; init; }

    public required TileFrame[] Frames { get; init; }

    public required bool[] Fixed { get; init; }

    /// <summary>For each solved tile, its layer (index into <see cref="LayerZ"/>).</summary>
    public required int[] Layer { get; init; }

    public required double[] LayerZ { get; init; }

    public required int[] PairP { get; init; }

    public required int[] PairQ { get; init; }

    /// <summary>For each pair, the index of its matches in <see cref="Matches"/>.</summary>
    public required int[] PairSource { get; init; }

    /// <summary>Per pair, its <see cref="PairMoments"/> (27 values a pair).</summary>
    public required double[] Moments { get; init; }

    /// <summary>Per tile, Σ of its sides' moments (row-major 3×3, 9 values a tile): its own points.</summary>
    public required double[] TileMoments { get; init; }

    public required long MatchCount { get; init; }

    public required int PairsWithMissingTiles { get; init; }

    public required int PairsWithoutMatches { get; init; }

    public required int SelfPairs { get; init; }

    public int TileCount => Start.Length;

    public int PairCount => PairP.Length;

    public string TileId(int tile) => InputTiles[InputIndex[tile]].TileId!;

    public ReadOnlySpan<double> PairMomentsOf(int pair) => Moments.AsSpan(pair * PairMoments.Stride, PairMoments.Stride);

    public ReadOnlySpan<double> TileMomentsOf(int tile) => TileMoments.AsSpan(tile * 9, 9);

    /// <summary>
    /// A tile's centred moments, M − m·mᵀ/W with m = (Σwx, Σwy, W): the kernel of the pull towards
    /// the regulariser with that model's translation always fitted, Σ w |(L_A − L_R)(x − x̄)|².
    /// It does not hold a tile's translation, so only the linear part is pulled.
    /// </summary>
    public void CentredTileMomentsOf(int tile, Span<double> centred)
    {
        var m = TileMomentsOf(tile);
        ReadOnlySpan<double> column = [m[2], m[5], m[8]];
        for (var r = 0; r < 3; r++)
        {
            for (var c = 0; c < 3; c++)
            {
                centred[(r * 3) + c] = m[(r * 3) + c] - (column[r] * column[c] / m[8]);
            }
        }

        centred[8] = 0;
    }

    public SolveCounts Counts(int components) => new(
        InputTiles.Count,
        TileCount,
        InputTiles.Count - TileCount,
        Fixed.Count(value => value),
        PairCount,
        MatchCount,
        PairsWithMissingTiles,
        PairsWithoutMatches,
        SelfPairs,
        LayerZ.Length,
        components);

    private static RenderInputException Bad(string message) => new(message);
}
