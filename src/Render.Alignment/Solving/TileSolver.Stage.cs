using System.Diagnostics;
using Render.Alignment.Linear;

namespace Render.Alignment.Solving;

/// <content>One lambda: choose the free tiles, assemble, solve, update.</content>
internal sealed partial class TileSolver
{
    private const double CgTolerance = 1e-10;
    private const int CgMaxIterations = 5000;

    /// <summary>Time spent building systems and preconditioners, over all lambdas.</summary>
    public TimeSpan AssemblyTime { get; private set; }

    private (int Outer, int Cg, double Move) RunLinear(double lambda, ModelType model, double mu, ModelType? penalty, CancellationToken cancellationToken)
    {
        var parametrisation = new TileParametrisation(model);
        var (variableOf, variables) = ChooseVariables(mu);
        var clock = Stopwatch.StartNew();
        var system = new StageSystem(_input, _incidence, parametrisation, _lifted, variableOf, variables, mu, _options.StartRegularization, _options.Threads);
        var preconditioner = Preconditioner(system);
        AssemblyTime += clock.Elapsed;
        var (outer, cg, move) = (0, 0, double.PositiveInfinity);
        var maxOuter = penalty is null ? 1 : Math.Max(1, _options.MaxOuterIterations);
        while (outer < maxOuter && move > _options.OuterTolerance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outer++;
            var nearest = penalty is { } family ? Nearest(family) : null;
            (cg, move) = SolveAndUpdate(system, preconditioner, nearest, cg);
            Report("solve", $"lambda {lambda}: update {outer}, largest corner move {move:0.######} px", lambda, outer, 0);
            if (penalty is null)
            {
                break;
            }
        }

        return (outer, cg, move);
    }

    /// <summary>A rigid tile model: Gauss–Newton steps in (δθ, t) about the current angles, each a new linear system.</summary>
    private (int Outer, int Cg, double Move) RunGaussNewton(double lambda, double mu, ModelType? penalty, CancellationToken cancellationToken)
    {
        var parametrisation = new TileParametrisation(ModelType.Rigid);
        var (variableOf, variables) = ChooseVariables(mu);
        var (outer, cg, move) = (0, 0, double.PositiveInfinity);
        while (outer < Math.Max(1, _options.MaxOuterIterations) && move > _options.OuterTolerance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outer++;
            var clock = Stopwatch.StartNew();
            var system = new StageSystem(_input, _incidence, parametrisation, _lifted, variableOf, variables, mu, _options.StartRegularization, _options.Threads);
            var preconditioner = Preconditioner(system);
            AssemblyTime += clock.Elapsed;
            (cg, move) = SolveAndUpdate(system, preconditioner, penalty is { } family ? Nearest(family) : null, cg);
            Report("solve", $"lambda {lambda}: Gauss-Newton step {outer}, largest corner move {move:0.######} px", lambda, outer, 0);
        }

        return (outer, cg, move);
    }

    /// <summary>
    /// The free tiles: all but the fixed ones and, where nothing else pins a component (no fixed
    /// tile, no pull towards the regulariser or the start), one anchor tile of it (the one with the
    /// most match weight) kept where it is. The anchor only picks a gauge; <see cref="FixGauges"/>
    /// moves the component afterwards.
    /// </summary>
    private (int[] VariableOf, int[] Variables) ChooseVariables(double mu)
    {
        var anchors = new HashSet<int>();
        if (mu <= 0 && _options.StartRegularization is null)
        {
            var best = new int[_componentCount];
            Array.Fill(best, -1);
            for (var tile = 0; tile < _input.TileCount; tile++)
            {
                var c = _component[tile];
                if (!_componentHasFixed[c] && (best[c] < 0 || Weight(tile) > Weight(best[c])))
                {
                    best[c] = tile;
                }
            }

            anchors.UnionWith(best.Where(tile => tile >= 0));
        }

        var variableOf = new int[_input.TileCount];
        var variables = new List<int>();
        for (var tile = 0; tile < _input.TileCount; tile++)
        {
            variableOf[tile] = _input.Fixed[tile] || anchors.Contains(tile) ? -1 : variables.Count;
            if (variableOf[tile] >= 0)
            {
                variables.Add(tile);
            }
        }

        return (variableOf, [.. variables]);
    }

    private double Weight(int tile) => _input.TileMomentsOf(tile)[8];

    private TwoLevelPreconditioner Preconditioner(StageSystem system)
    {
        var parametrisation = system.Parametrisation;
        var (b, g) = (parametrisation.BlockSize, parametrisation.CoarseSize);
        var layers = system.Variables.Select((tile, variable) => (Layer: _input.Layer[tile], variable))
            .GroupBy(entry => entry.Layer, entry => entry.variable)
            .Select(group => group.ToArray())
            .ToArray();
        var basis = new double[system.Variables.Length * b * g];
        for (var variable = 0; variable < system.Variables.Length; variable++)
        {
            parametrisation.CoarseBasis(_lifted.AsSpan(system.Variables[variable] * 6, 6), basis.AsSpan(variable * b * g, b * g));
        }

        return new TwoLevelPreconditioner(system.Matrix, layers, basis, g, _options.Threads);
    }

    private double[] Nearest(ModelType family)
    {
        var nearest = new double[_lifted.Length];
        Parallel.For(0, _input.TileCount, ThreadOptions, tile =>
            NearestModel.Fit(family, _input.TileMomentsOf(tile), _lifted.AsSpan(tile * 6, 6), _input.Frames[tile].Scale, nearest.AsSpan(tile * 6, 6)));
        return nearest;
    }

    private ParallelOptions ThreadOptions => new() { MaxDegreeOfParallelism = Math.Max(1, _options.Threads) };

    /// <summary>Solves every right-hand side from the current models and moves the free tiles; returns the CG count and the largest corner move.</summary>
    private (int Cg, double Move) SolveAndUpdate(StageSystem system, TwoLevelPreconditioner preconditioner, double[]? nearest, int cg)
    {
        var parametrisation = system.Parametrisation;
        var (b, r) = (parametrisation.BlockSize, parametrisation.RightHandSides);
        var rhs = system.RightHandSides(nearest);
        var solution = Enumerable.Range(0, r).Select(_ => new double[system.Variables.Length * b]).ToArray();
        Span<double> p = stackalloc double[b * r];
        for (var variable = 0; variable < system.Variables.Length; variable++)
        {
            parametrisation.Parameters(_lifted.AsSpan(system.Variables[variable] * 6, 6), p);
            for (var k = 0; k < b; k++)
            {
                for (var c = 0; c < r; c++)
                {
                    solution[c][(variable * b) + k] = p[(k * r) + c];
                }
            }
        }

        for (var c = 0; c < r; c++)
        {
            cg += ConjugateGradient.Solve(system.Matrix, preconditioner, rhs[c], solution[c], CgTolerance, CgMaxIterations, _options.Threads).Iterations;
        }

        var moves = new double[system.Variables.Length];
        Parallel.For(0, system.Variables.Length, ThreadOptions, variable =>
        {
            var tile = system.Variables[variable];
            Span<double> parameters = stackalloc double[b * r];
            for (var k = 0; k < b; k++)
            {
                for (var c = 0; c < r; c++)
                {
                    parameters[(k * r) + c] = solution[c][(variable * b) + k];
                }
            }

            var lifted = _lifted.AsSpan(tile * 6, 6);
            Span<double> before = stackalloc double[6];
            lifted.CopyTo(before);
            parametrisation.Update(lifted, parameters, _input.Frames[tile].Scale);
            moves[variable] = CornerMove(before, lifted);
        });
        return (cg, moves.Length == 0 ? 0 : moves.Max());
    }

    /// <summary>The largest distance a corner of the normalised square [−1, 1]² moves between two lifted models (pixels).</summary>
    private static double CornerMove(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var largest = 0.0;
        for (var corner = 0; corner < 4; corner++)
        {
            var (x, y) = (corner % 2 == 0 ? -1.0 : 1.0, corner < 2 ? -1.0 : 1.0);
            var dx = ((a[0] - b[0]) * x) + ((a[1] - b[1]) * y) + (a[2] - b[2]);
            var dy = ((a[3] - b[3]) * x) + ((a[4] - b[4]) * y) + (a[5] - b[5]);
            largest = Math.Max(largest, Math.Sqrt((dx * dx) + (dy * dy)));
        }

        return largest;
    }
}
