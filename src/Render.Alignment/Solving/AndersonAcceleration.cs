namespace Render.Alignment.Solving;

/// <summary>
/// Anderson acceleration (type II) of a fixed-point iteration x ← G(x): the next iterate is the
/// combination of the last few G values whose residuals G(x) − x cancel best (least squares over
/// the residual differences). Peng et al. (2018) showed it turns the slow local-global iterations
/// of as-rigid-as-possible problems, which ours is, into fast ones; the caller checks the energy
/// and calls <see cref="Reset"/> when an accelerated step is refused.
/// </summary>
internal sealed class AndersonAcceleration(int length, int memory)
{
    private readonly List<double[]> _residualDifferences = [];
    private readonly List<double[]> _valueDifferences = [];
    private double[]? _lastResidual;
    private double[]? _lastValue;

    /// <summary>The accelerated iterate from x and g = G(x).</summary>
    public double[] Next(double[] x, double[] g)
    {
        var residual = new double[length];
        for (var i = 0; i < length; i++)
        {
            residual[i] = g[i] - x[i];
        }

        if (_lastResidual is not null)
        {
            _residualDifferences.Add(Difference(residual, _lastResidual));
            _valueDifferences.Add(Difference(g, _lastValue!));
            if (_residualDifferences.Count > memory)
            {
                _residualDifferences.RemoveAt(0);
                _valueDifferences.RemoveAt(0);
            }
        }

        _lastResidual = residual;
        _lastValue = (double[])g.Clone();
        var gamma = LeastSquares(residual);
        var next = (double[])g.Clone();
        for (var j = 0; j < gamma.Length; j++)
        {
            var column = _valueDifferences[j];
            for (var i = 0; i < length; i++)
            {
                next[i] -= gamma[j] * column[i];
            }
        }

        return next;
    }

    public void Reset()
    {
        _residualDifferences.Clear();
        _valueDifferences.Clear();
        _lastResidual = null;
        _lastValue = null;
    }

    private static double[] Difference(double[] a, double[] b)
    {
        var d = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            d[i] = a[i] - b[i];
        }

        return d;
    }

    /// <summary>γ minimising ‖f − ΔF·γ‖ through the normal equations with a small ridge (the columns are often nearly dependent).</summary>
    private double[] LeastSquares(double[] f)
    {
        var m = _residualDifferences.Count;
        var normal = new double[m, m];
        var rhs = new double[m];
        for (var a = 0; a < m; a++)
        {
            rhs[a] = Dot(_residualDifferences[a], f);
            for (var b = 0; b <= a; b++)
            {
                normal[a, b] = normal[b, a] = Dot(_residualDifferences[a], _residualDifferences[b]);
            }
        }

        var trace = 0.0;
        for (var a = 0; a < m; a++)
        {
            trace += normal[a, a];
        }

        for (var a = 0; a < m; a++)
        {
            normal[a, a] += (1e-10 * trace) + 1e-300;
        }

        return SolveSymmetric(normal, rhs);
    }

    private static double[] SolveSymmetric(double[,] a, double[] b)
    {
        var n = b.Length;
        for (var k = 0; k < n; k++)
        {
            for (var i = k + 1; i < n; i++)
            {
                var factor = a[i, k] / a[k, k];
                for (var j = k; j < n; j++)
                {
                    a[i, j] -= factor * a[k, j];
                }

                b[i] -= factor * b[k];
            }
        }

        var x = new double[n];
        for (var i = n - 1; i >= 0; i--)
        {
            var sum = b[i];
            for (var j = i + 1; j < n; j++)
            {
                sum -= a[i, j] * x[j];
            }

            x[i] = sum / a[i, i];
        }

        return x;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
