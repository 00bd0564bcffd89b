using Render.Alignment.Problem;

namespace Render.Alignment.Solving;

/// <content>The energy of the current models, to judge an accelerated step.</content>
internal sealed partial class TileSolver
{
    /// <summary>E(A) = Σ pairs + μ·Σ tiles dist²(A, family) (+ the start pull), from the moments.</summary>
    private double Energy(ModelType family, double mu)
    {
        var partial = new double[Math.Max(1, _options.Threads) * 4];
        var chunk = (Math.Max(_input.PairCount, _input.TileCount) / partial.Length) + 1;
        Parallel.For(0, partial.Length, ThreadOptions, part =>
        {
            var sum = 0.0;
            for (var pair = part * chunk; pair < Math.Min(_input.PairCount, (part + 1) * chunk); pair++)
            {
                sum += PairEnergy(pair);
            }

            Span<double> nearest = stackalloc double[6];
            Span<double> centred = stackalloc double[9];
            Span<double> startLifted = stackalloc double[6];
            for (var tile = part * chunk; tile < Math.Min(_input.TileCount, (part + 1) * chunk); tile++)
            {
                var lifted = _lifted.AsSpan(tile * 6, 6);
                NearestModel.Fit(family, _input.TileMomentsOf(tile), lifted, _input.Frames[tile].Scale, nearest);
                _input.CentredTileMomentsOf(tile, centred);
                sum += mu * RowForms(centred, lifted, nearest);
                if (_options.StartRegularization is { } start)
                {
                    _input.Frames[tile].Lift(_input.Start[tile], startLifted);
                    sum += RowForms(StageSystem.StartKernel(_input.Frames[tile], start), lifted, startLifted);
                }
            }

            partial[part] = sum;
        });
        return partial.Sum();
    }

    /// <summary>Σ w |A_p p̃ − A_q q̃|², evaluated with both translations shifted by p's centroid in the world (so the three quadratic forms stay small and do not cancel).</summary>
    private double PairEnergy(int pair)
    {
        var m = _input.PairMomentsOf(pair);
        Span<double> p = stackalloc double[6];
        Span<double> q = stackalloc double[6];
        _lifted.AsSpan(_input.PairP[pair] * 6, 6).CopyTo(p);
        _lifted.AsSpan(_input.PairQ[pair] * 6, 6).CopyTo(q);
        var w = m[PairMoments.POffset + 8];
        var (cx, cy) = (m[PairMoments.POffset + 2] / w, m[PairMoments.POffset + 5] / w);
        var shiftX = (p[0] * cx) + (p[1] * cy) + p[2];
        var shiftY = (p[3] * cx) + (p[4] * cy) + p[5];
        p[2] -= shiftX;
        q[2] -= shiftX;
        p[5] -= shiftY;
        q[5] -= shiftY;
        var sum = 0.0;
        for (var row = 0; row < 6; row += 3)
        {
            var a = p.Slice(row, 3);
            var b = q.Slice(row, 3);
            sum += Form(m.Slice(PairMoments.POffset, 9), a, a) - (2 * Form(m.Slice(PairMoments.XOffset, 9), a, b)) + Form(m.Slice(PairMoments.QOffset, 9), b, b);
        }

        return sum;
    }

    /// <summary>Σ over the two rows of (a − t)ᵀ K (a − t).</summary>
    private static double RowForms(ReadOnlySpan<double> k, ReadOnlySpan<double> a, ReadOnlySpan<double> t)
    {
        Span<double> d = stackalloc double[3];
        var sum = 0.0;
        for (var row = 0; row < 6; row += 3)
        {
            for (var i = 0; i < 3; i++)
            {
                d[i] = a[row + i] - t[row + i];
            }

            sum += Form(k, d, d);
        }

        return sum;
    }

    private static double Form(ReadOnlySpan<double> k, ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < 3; i++)
        {
            sum += a[i] * ((k[i * 3] * b[0]) + (k[(i * 3) + 1] * b[1]) + (k[(i * 3) + 2] * b[2]));
        }

        return sum;
    }

    private double[] Gather(int[] variables)
    {
        var x = new double[variables.Length * 6];
        for (var v = 0; v < variables.Length; v++)
        {
            _lifted.AsSpan(variables[v] * 6, 6).CopyTo(x.AsSpan(v * 6, 6));
        }

        return x;
    }

    private void Scatter(int[] variables, double[] x)
    {
        for (var v = 0; v < variables.Length; v++)
        {
            x.AsSpan(v * 6, 6).CopyTo(_lifted.AsSpan(variables[v] * 6, 6));
        }
    }

    private static double LargestMove(double[] a, double[] b)
    {
        var largest = 0.0;
        for (var v = 0; v < a.Length / 6; v++)
        {
            largest = Math.Max(largest, CornerMove(a.AsSpan(v * 6, 6), b.AsSpan(v * 6, 6)));
        }

        return largest;
    }
}
