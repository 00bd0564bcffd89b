using Render.Alignment.Linear;
using Render.Alignment.Problem;

namespace Render.Alignment.Solving;

/// <summary>
/// The normal equations of one lambda (one Gauss–Newton step for RIGID) over the free tiles:
/// every pair's Σ w |A_p p̃ − A_q q̃|², plus μ·Σ w |A x̃ − R x̃|² over each tile's own points
/// towards its nearest regulariser model R, plus the optional pull towards the start. Assembled
/// row by row in parallel from the pair moments. The matrix does not depend on R, so the
/// regulariser updates of a lambda only rebuild the right-hand side.
/// </summary>
internal sealed class StageSystem
{
    private readonly SolveInput _input;
    private readonly TileIncidence _incidence;
    private readonly double[] _b;
    private readonly double[] _o;
    private readonly double[] _constant;
    private readonly double[] _lifted;
    private readonly IReadOnlySet<int> _translationPins;

    public StageSystem(
        SolveInput input, TileIncidence incidence, TileParametrisation parametrisation, double[] lifted, int[] variableOf, int[] variables,
        double mu, StartRegularization? start, IReadOnlySet<int> translationPins, int threads)
    {
        _input = input;
        _lifted = lifted;
        _translationPins = translationPins;
        _incidence = incidence;
        Parametrisation = parametrisation;
        VariableOf = variableOf;
        Variables = variables;
        Mu = mu;
        Start = start;
        Threads = threads;
        int m = parametrisation.LiftSize, b = parametrisation.BlockSize, r = parametrisation.RightHandSides;
        _b = new double[input.TileCount * m * b];
        _o = new double[input.TileCount * m * r];
        Parallel.For(0, input.TileCount, ThreadOptions, tile =>
        {
            if (variableOf[tile] >= 0)
            {
                parametrisation.Linearise(lifted.AsSpan(tile * 6, 6), input.Frames[tile].Scale, _b.AsSpan(tile * m * b, m * b), _o.AsSpan(tile * m * r, m * r));
            }
            else
            {
                ToLiftMatrix(lifted.AsSpan(tile * 6, 6), _o.AsSpan(tile * m * r, m * r), m);
            }
        });

        var edges = new List<(int, int)>();
        for (var pair = 0; pair < input.PairCount; pair++)
        {
            if (variableOf[input.PairP[pair]] is >= 0 and var vp && variableOf[input.PairQ[pair]] is >= 0 and var vq)
            {
                edges.Add((vp, vq));
            }
        }

        Matrix = BlockSparseMatrix.WithPattern(variables.Length, b, edges);
        _constant = new double[variables.Length * b * r];
        Parallel.For(0, variables.Length, ThreadOptions, AssembleRow);
    }

    public TileParametrisation Parametrisation { get; }

    public int[] VariableOf { get; }

    public int[] Variables { get; }

    public double Mu { get; }

    public StartRegularization? Start { get; }

    public int Threads { get; }

    public BlockSparseMatrix Matrix { get; }

    private ParallelOptions ThreadOptions => new() { MaxDegreeOfParallelism = Math.Max(1, Threads) };

    /// <summary>The right-hand sides (one vector per column), with the pull towards <paramref name="nearest"/> (lifted, 6 a tile) when μ > 0.</summary>
    public double[][] RightHandSides(double[]? nearest)
    {
        int m = Parametrisation.LiftSize, b = Parametrisation.BlockSize, r = Parametrisation.RightHandSides;
        var columns = Enumerable.Range(0, r).Select(_ => new double[Variables.Length * b]).ToArray();
        Parallel.For(0, Variables.Length, ThreadOptions, variable =>
        {
            var tile = Variables[variable];
            Span<double> rhs = stackalloc double[b * r];
            _constant.AsSpan(variable * b * r, b * r).CopyTo(rhs);
            if (nearest is not null && Mu > 0)
            {
                Span<double> target = stackalloc double[m * r];
                Span<double> kernel = stackalloc double[m * r];
                ToLiftMatrix(nearest.AsSpan(tile * 6, 6), target, m);
                SmallMatrix.Subtract(target, _o.AsSpan(tile * m * r, m * r), target);
                Span<double> centred = stackalloc double[9];
                _input.CentredTileMomentsOf(tile, centred);
                SmallMatrix.Kernel(centred, false, target, kernel, m, r);
                SmallMatrix.AddTransposeTimes(_b.AsSpan(tile * m * b, m * b), kernel, rhs, m, b, r, Mu);
            }

            for (var k = 0; k < b; k++)
            {
                for (var c = 0; c < r; c++)
                {
                    columns[c][(variable * b) + k] = rhs[(k * r) + c];
                }
            }
        });
        return columns;
    }

    /// <summary>A lifted model as the m×r matrix of the parametrisation (rows x and y as columns when m is 3).</summary>
    public static void ToLiftMatrix(ReadOnlySpan<double> lifted, Span<double> matrix, int m)
    {
        if (m == 6)
        {
            lifted[..6].CopyTo(matrix);
            return;
        }

        for (var k = 0; k < 3; k++)
        {
            matrix[k * 2] = lifted[k];
            matrix[(k * 2) + 1] = lifted[3 + k];
        }
    }

    private void AssembleRow(int variable)
    {
        int m = Parametrisation.LiftSize, b = Parametrisation.BlockSize, r = Parametrisation.RightHandSides;
        var tile = Variables[variable];
        var bi = _b.AsSpan(tile * m * b, m * b);
        var oi = _o.AsSpan(tile * m * r, m * r);
        var diagonal = Matrix.Block(Matrix.IndexOf(variable, variable));
        var rhs = _constant.AsSpan(variable * b * r, b * r);
        Span<double> kb = stackalloc double[m * b];
        Span<double> ko = stackalloc double[m * r];
        Span<double> kOther = stackalloc double[m * r];
        foreach (var side in _incidence.Of(tile))
        {
            var pair = side / 2;
            var isP = side % 2 == 0;
            var moments = _input.PairMomentsOf(pair);
            var self = moments.Slice(isP ? PairMoments.POffset : PairMoments.QOffset, 9);
            var cross = moments.Slice(PairMoments.XOffset, 9);
            var other = isP ? _input.PairQ[pair] : _input.PairP[pair];

            SmallMatrix.Kernel(self, false, bi, kb, m, b);
            SmallMatrix.AddTransposeTimes(bi, kb, diagonal, m, b, b, 1);

            // rhs −= Bᵢᵀ(K_self·Oᵢ − K_cross·Oⱼ); K_cross is X for the p side, Xᵀ for the q side
            SmallMatrix.Kernel(self, false, oi, ko, m, r);
            SmallMatrix.Kernel(cross, !isP, _o.AsSpan(other * m * r, m * r), kOther, m, r);
            SmallMatrix.Subtract(kOther, ko, ko);
            SmallMatrix.AddTransposeTimes(bi, ko, rhs, m, b, r, 1);

            if (VariableOf[other] is >= 0 and var otherVariable)
            {
                SmallMatrix.Kernel(cross, !isP, _b.AsSpan(other * m * b, m * b), kb, m, b);
                SmallMatrix.AddTransposeTimes(bi, kb, Matrix.Block(Matrix.IndexOf(variable, otherVariable)), m, b, b, -1);
            }
        }

        if (Mu > 0)
        {
            Span<double> centred = stackalloc double[9];
            _input.CentredTileMomentsOf(tile, centred);
            SmallMatrix.Kernel(centred, false, bi, kb, m, b);
            SmallMatrix.AddTransposeTimes(bi, kb, diagonal, m, b, b, Mu);
        }

        if (Start is not null)
        {
            Span<double> startLifted = stackalloc double[6];
            _input.Frames[tile].Lift(_input.Start[tile], startLifted);
            AddPull(StartKernel(_input.Frames[tile], Start), startLifted, bi, oi, diagonal, rhs);
        }

        if (_translationPins.Contains(tile))
        {
            // the pull towards the regulariser holds only the linear part, so a component that
            // nothing else pins keeps its translation through this tile: a pull of relative weight
            // 1e-6 towards where it is, exact along the free direction and nowhere else
            var weight = 1e-6 * _input.TileMomentsOf(tile)[8];
            AddPull([0, 0, 0, 0, 0, 0, 0, 0, weight], _lifted.AsSpan(tile * 6, 6), bi, oi, diagonal, rhs);
        }
    }

    /// <summary>BigFeta's pull: K_s = T⁻¹·diag(λ, λ, λ·tf)·T⁻ᵀ per row, in the tile's frame.</summary>
    public static double[] StartKernel(TileFrame frame, StartRegularization start)
    {
        var (s, cx, cy) = (frame.Scale, frame.CentreX, frame.CentreY);
        double linear = start.Lambda, translation = start.Lambda * start.TranslationFactor;

        // T⁻¹ = [[1/s, 0, −cx/s], [0, 1/s, −cy/s], [0, 0, 1]]
        var k = new double[9];
        k[0] = (linear / (s * s)) + (translation * cx * cx / (s * s));
        k[1] = translation * cx * cy / (s * s);
        k[2] = -translation * cx / s;
        k[3] = k[1];
        k[4] = (linear / (s * s)) + (translation * cy * cy / (s * s));
        k[5] = -translation * cy / s;
        k[6] = k[2];
        k[7] = k[5];
        k[8] = translation;
        return k;
    }

    /// <summary>Adds Σ over rows of (a − target)ᵀ·K·(a − target) for a free tile, K a 3×3 kernel per row.</summary>
    private void AddPull(ReadOnlySpan<double> k, ReadOnlySpan<double> targetLifted, ReadOnlySpan<double> bi, ReadOnlySpan<double> oi, Span<double> diagonal, Span<double> rhs)
    {
        int m = Parametrisation.LiftSize, b = Parametrisation.BlockSize, r = Parametrisation.RightHandSides;
        Span<double> kb = stackalloc double[m * b];
        SmallMatrix.Kernel(k, false, bi, kb, m, b);
        SmallMatrix.AddTransposeTimes(bi, kb, diagonal, m, b, b, 1);

        Span<double> target = stackalloc double[m * r];
        Span<double> kt = stackalloc double[m * r];
        ToLiftMatrix(targetLifted, target, m);
        SmallMatrix.Subtract(target, oi, target);
        SmallMatrix.Kernel(k, false, target, kt, m, r);
        SmallMatrix.AddTransposeTimes(bi, kt, rhs, m, b, r, 1);
    }
}
