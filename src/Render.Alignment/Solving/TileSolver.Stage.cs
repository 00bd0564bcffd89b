using System.Diagnostics;
using Render.Alignment.Linear;

namespace Render.Alignment.Solving;

/// <content>One lambda: choose the free tiles, assemble, solve, update.</content>
internal sealed partial class TileSolver
{
    private const double CgTolerance = 1e-10;
    private const int CgMaxIterations = 5000;

    /// <summary>Inside an outer iteration CG only needs to cut the residual it starts from by this much (the next iteration starts where it ended).</summary>
    private const double CgReduction = 1e-3;

    /// <summary>Time spent building systems and preconditioners, over all lambdas.</summary>
    public TimeSpan AssemblyTime { get; private set; }

    private (int Outer, int Cg, double Move) RunLinear(double lambda, ModelType model, double mu, ModelType? penalty, bool last, CancellationToken cancellationToken)
    {
        var parametrisation = new TileParametrisation(model);
        var (variableOf, variables, pins) = ChooseVariables(mu);
        var clock = Stopwatch.StartNew();
        var system = new StageSystem(_input, _incidence, parametrisation, _lifted, variableOf, variables, mu, _options.StartRegularization, pins, _options.Threads);
        var preconditioner = Preconditioner(system);
        AssemblyTime += clock.Elapsed;
        if (penalty is not { } family)
        {
            var (cg, move) = SolveAndUpdate(system, preconditioner, null, 0, exact: true);
            return (1, cg, move);
        }

        // the outer iteration A → solve(R(A)) is a descent method on E(A) = E(A, R(A)); Anderson
        // acceleration (with a fall-back to the plain step whenever it would raise E) takes it to
        // the minimum in a few dozen steps instead of hundreds
        var anderson = new AndersonAcceleration(variables.Length * 6, memory: 6);
        var (outer, total, lastMove) = (0, 0, double.PositiveInfinity);
        // the earlier lambdas only lead the way to the last one's minimum, so they get few updates
        var maxOuter = last ? Math.Max(1, _options.MaxOuterIterations) : Math.Min(2, Math.Max(1, _options.MaxOuterIterations));
        var x = Gather(variables);
        var energy = Energy(family, mu);
        while (outer < maxOuter && lastMove > _options.OuterTolerance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outer++;
            int cg;
            (cg, _) = SolveAndUpdate(system, preconditioner, Nearest(family), 0, exact: false);
            total += cg;
            var g = Gather(variables);
            var plainEnergy = Energy(family, mu);
            var accelerated = anderson.Next(x, g);
            Scatter(variables, accelerated);
            var acceleratedEnergy = Energy(family, mu);
            if (!(acceleratedEnergy <= plainEnergy))
            {
                Scatter(variables, g);
                anderson.Reset();
                accelerated = g;
                acceleratedEnergy = plainEnergy;
            }

            lastMove = LargestMove(x, accelerated);
            x = accelerated;
            energy = acceleratedEnergy;
            Report("solve", $"lambda {lambda}: update {outer}, energy {energy:0.######E+0}, largest corner move {lastMove:0.######} px", lambda, outer, 0);
        }

        return (outer, total, lastMove);
    }

    /// <summary>A rigid tile model: Gauss–Newton steps in (δθ, t) about the current angles, each a new linear system.</summary>
    private (int Outer, int Cg, double Move) RunGaussNewton(double lambda, double mu, ModelType? penalty, CancellationToken cancellationToken)
    {
        var parametrisation = new TileParametrisation(ModelType.Rigid);
        var (variableOf, variables, pins) = ChooseVariables(mu);
        var (outer, cg, move) = (0, 0, double.PositiveInfinity);
        while (outer < Math.Max(1, _options.MaxOuterIterations) && move > _options.OuterTolerance)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outer++;
            var clock = Stopwatch.StartNew();
            var system = new StageSystem(_input, _incidence, parametrisation, _lifted, variableOf, variables, mu, _options.StartRegularization, pins, _options.Threads);
            var preconditioner = Preconditioner(system);
            AssemblyTime += clock.Elapsed;
            (cg, move) = SolveAndUpdate(system, preconditioner, penalty is { } family ? Nearest(family) : null, cg, exact: false);
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
    private (int[] VariableOf, int[] Variables, IReadOnlySet<int> TranslationPins) ChooseVariables(double mu)
    {
        var anchors = new HashSet<int>();
        if (_options.StartRegularization is null)
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

        // with a pull towards the regulariser the anchors stay free and only their translation is held
        var eliminated = mu > 0 ? new HashSet<int>() : anchors;
        var variableOf = new int[_input.TileCount];
        var variables = new List<int>();
        for (var tile = 0; tile < _input.TileCount; tile++)
        {
            variableOf[tile] = _input.Fixed[tile] || eliminated.Contains(tile) ? -1 : variables.Count;
            if (variableOf[tile] >= 0)
            {
                variables.Add(tile);
            }
        }

        return (variableOf, [.. variables], mu > 0 ? anchors : new HashSet<int>());
    }

    private double Weight(int tile) => _input.TileMomentsOf(tile)[8];

    /// <summary>
    /// The coarse space of each layer: the layer-wide motions of the model's family (a rigid or
    /// affine move of every tile of the layer together), each weighted by the monomials up to
    /// degree <see cref="CoarseDegree"/> of the tile's place in its layer, so smooth bendings of a
    /// layer are coarse too. Why: with a weak pull (λ = 0.01) a layer's tiles bend smoothly at
    /// almost no cost, and a stack of layers bending alike is invisible to the layer solves (their
    /// cross-layer pairs cancel). Degree 1 (tilts of the layer motion) is what pays: in a 2-layer,
    /// 400-tile measurement degree 3 saved a quarter of the iterations at a higher cost a step.
    /// </summary>
    private TwoLevelPreconditioner Preconditioner(StageSystem system)
    {
        var parametrisation = system.Parametrisation;
        var (b, g0) = (parametrisation.BlockSize, parametrisation.CoarseSize);
        var monomials = (CoarseDegree + 1) * (CoarseDegree + 2) / 2;
        var g = g0 * monomials;
        var byLayer = system.Variables.Select((tile, variable) => (Layer: _input.Layer[tile], Variable: variable))
            .GroupBy(entry => entry.Layer, entry => entry.Variable)
            .Select(group => group.ToArray())
            .ToArray();
        var basis = new double[system.Variables.Length * b * g];
        Parallel.ForEach(byLayer, ThreadOptions, layer =>
        {
            var centres = layer.Select(variable => (X: _lifted[(system.Variables[variable] * 6) + 2], Y: _lifted[(system.Variables[variable] * 6) + 5])).ToArray();
            var (minX, maxX, minY, maxY) = (centres.Min(c => c.X), centres.Max(c => c.X), centres.Min(c => c.Y), centres.Max(c => c.Y));
            Span<double> generators = stackalloc double[b * g0];
            Span<double> powers = stackalloc double[monomials];
            for (var k = 0; k < layer.Length; k++)
            {
                var variable = layer[k];
                parametrisation.CoarseBasis(_lifted.AsSpan(system.Variables[variable] * 6, 6), generators);
                Monomials(Unit(centres[k].X, minX, maxX), Unit(centres[k].Y, minY, maxY), powers);
                var phi = basis.AsSpan(variable * b * g, b * g);
                for (var i = 0; i < b; i++)
                {
                    for (var c = 0; c < g0; c++)
                    {
                        for (var m = 0; m < monomials; m++)
                        {
                            phi[(i * g) + (c * monomials) + m] = generators[(i * g0) + c] * powers[m];
                        }
                    }
                }
            }
        });

        return new TwoLevelPreconditioner(system.Matrix, byLayer, basis, g, _options.Threads);
    }

    /// <summary>The degree of the in-layer polynomials of the coarse space.</summary>
    private const int CoarseDegree = 1;

    private static double Unit(double value, double min, double max) => max > min ? ((2 * (value - min) / (max - min)) - 1) : 0;

    /// <summary>1, x, y, x², xy, y², ... up to <see cref="CoarseDegree"/>.</summary>
    private static void Monomials(double x, double y, Span<double> powers)
    {
        var index = 0;
        for (var degree = 0; degree <= CoarseDegree; degree++)
        {
            for (var j = 0; j <= degree; j++)
            {
                powers[index++] = Math.Pow(x, degree - j) * Math.Pow(y, j);
            }
        }
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
    private (int Cg, double Move) SolveAndUpdate(StageSystem system, TwoLevelPreconditioner preconditioner, double[]? nearest, int cg, bool exact)
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
            cg += ConjugateGradient.Solve(system.Matrix, preconditioner, rhs[c], solution[c], CgTolerance, exact ? 0 : CgReduction, CgMaxIterations, _options.Threads).Iterations;
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
