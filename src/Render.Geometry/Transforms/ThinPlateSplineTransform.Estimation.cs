using Render.Geometry.Fitting;

namespace Render.Geometry.Transforms;

public sealed partial class ThinPlateSplineTransform
{
    // scale_coordinates does not repeat a landmark that lies this close to a grid point.
    private const double RepeatDistance = 1e-3;

    /// <summary>
    /// render-python's <c>src_array</c>: an <paramref name="nx"/>×<paramref name="ny"/> grid over
    /// [xMin, xMax]×[yMin, yMax], x-major (all y for the first x, then the next x), each coordinate
    /// computed as numpy's <c>mgrid</c> does: <c>start + k·(stop − start)/(n − 1)</c>.
    /// </summary>
    public static (double[] X, double[] Y) SourceGrid(double xMin, double yMin, double xMax, double yMax, int nx, int ny)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nx, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(ny, 1);
        var stepX = nx == 1 ? 0 : (xMax - xMin) / (nx - 1);
        var stepY = ny == 1 ? 0 : (yMax - yMin) / (ny - 1);
        double[] x = new double[nx * ny], y = new double[nx * ny];
        for (var i = 0; i < nx; i++)
        {
            for (var j = 0; j < ny; j++)
            {
                x[(i * ny) + j] = (i * stepX) + xMin;
                y[(i * ny) + j] = (j * stepY) + yMin;
            }
        }

        return (x, y);
    }

    /// <summary>
    /// render-python's <c>scale_coordinates</c>: the spline of the space scaled by
    /// <paramref name="factor"/>, refitted on an <paramref name="gridSize"/>² grid over the landmarks'
    /// bounds (plus, with <paramref name="preserveSourcePoints"/>, every landmark not within 1e-3 of
    /// a grid point), with an affine part if this spline has one.
    /// </summary>
    /// <exception cref="FitException">The refit is singular (e.g. all landmarks on one line).</exception>
    public ThinPlateSplineTransform ScaleCoordinates(double factor, int gridSize = 20, bool preserveSourcePoints = false)
    {
        var (gridX, gridY) = SourceGridOverLandmarks(gridSize);
        var sourceX = new List<double>(gridX);
        var sourceY = new List<double>(gridY);
        if (preserveSourcePoints)
        {
            for (var l = 0; l < LandmarkCount; l++)
            {
                if (!IsNearAny(_sourceX[l], _sourceY[l], gridX, gridY))
                {
                    sourceX.Add(_sourceX[l]);
                    sourceY.Add(_sourceY[l]);
                }
            }
        }

        var targetX = sourceX.ToArray();
        var targetY = sourceY.ToArray();
        ApplyInPlace(targetX.AsSpan(), targetY.AsSpan());
        return Fit(new PointPairs(Scaled(sourceX, factor), Scaled(sourceY, factor), Scaled(targetX, factor), Scaled(targetY, factor)), HasAffine);
    }

    /// <summary>
    /// render-python's <c>adaptive_mesh_estimate</c>: a spline with fewer landmarks that stays
    /// within <paramref name="tolerance"/> pixels of this one at every landmark. It starts from a
    /// <paramref name="startingGrid"/>² grid over the landmarks' bounds and refines it with
    /// <see cref="RefineMesh"/>.
    /// </summary>
    /// <exception cref="FitException">No spline within the tolerance after <paramref name="maxIterations"/> refinements, or a singular fit.</exception>
    public ThinPlateSplineTransform AdaptiveMeshEstimate(int startingGrid = 7, bool computeAffine = true, double tolerance = 1.0, int maxIterations = 50, int nWorst = 10)
    {
        var (gridX, gridY) = SourceGridOverLandmarks(startingGrid);
        var targetX = _sourceX.ToArray();
        var targetY = _sourceY.ToArray();
        ApplyInPlace(targetX.AsSpan(), targetY.AsSpan());
        var original = new PointPairs(_sourceX, _sourceY, targetX, targetY);
        return RefineMesh(original, gridX, gridY, this, computeAffine, tolerance, maxIterations, nWorst);
    }

    /// <summary>
    /// render-python's <c>mesh_refine</c>: fits a spline on the control points
    /// (<paramref name="controlX"/>, <paramref name="controlY"/>) mapped by the original spline,
    /// checks it at the original source points, and while any misses its target by more than
    /// <paramref name="tolerance"/> adds up to <paramref name="nWorst"/> of those points as control
    /// points and fits again.
    /// </summary>
    /// <remarks>
    /// The points added are those that fail the tolerance by the <em>least</em> (the first
    /// <paramref name="nWorst"/> in ascending order of error): render-python's <c>argsort</c> does
    /// this despite the parameter's name, and it is kept so that the same landmarks are chosen.
    /// Ties keep the points' order.
    /// </remarks>
    /// <param name="original">the original source points and where they map to.</param>
    /// <param name="controlX">x of the starting control points.</param>
    /// <param name="controlY">y of the starting control points.</param>
    /// <param name="originalTransform">the spline through <paramref name="original"/>; fitted from it when null.</param>
    /// <param name="computeAffine">whether the result has an affine part.</param>
    /// <param name="tolerance">the largest miss allowed, in pixels.</param>
    /// <param name="maxIterations">how many times control points may be added.</param>
    /// <param name="nWorst">how many control points one refinement adds at most.</param>
    /// <exception cref="FitException">No spline within the tolerance after <paramref name="maxIterations"/> refinements, or a singular fit.</exception>
    public static ThinPlateSplineTransform RefineMesh(
        PointPairs original,
        ReadOnlySpan<double> controlX,
        ReadOnlySpan<double> controlY,
        ThinPlateSplineTransform? originalTransform = null,
        bool computeAffine = true,
        double tolerance = 1.0,
        int maxIterations = 50,
        int nWorst = 10)
    {
        ArgumentNullException.ThrowIfNull(original);
        originalTransform ??= Fit(original, computeAffine);
        var sourceX = new List<double>(controlX.ToArray());
        var sourceY = new List<double>(controlY.ToArray());
        for (var iteration = 0; ; iteration++)
        {
            var candidate = FitThrough(originalTransform, sourceX.ToArray(), sourceY.ToArray(), computeAffine);
            var misses = Misses(candidate, original, tolerance);
            if (misses.Count == 0)
            {
                return candidate;
            }

            if (iteration == maxIterations)
            {
                throw new FitException($"{ModelName} adaptive mesh missed {misses.Count} points by more than {tolerance} after {maxIterations} refinements");
            }

            foreach (var (index, _) in misses.Take(nWorst))
            {
                sourceX.Add(original.Px[index]);
                sourceY.Add(original.Py[index]);
            }
        }
    }

    /// <summary>The spline through the given control points and where <paramref name="transform"/> maps them.</summary>
    private static ThinPlateSplineTransform FitThrough(ThinPlateSplineTransform transform, double[] x, double[] y, bool computeAffine)
    {
        var mappedX = x.ToArray();
        var mappedY = y.ToArray();
        transform.ApplyInPlace(mappedX.AsSpan(), mappedY.AsSpan());
        return Fit(new PointPairs(x, y, mappedX, mappedY), computeAffine);
    }

    /// <summary>The pairs <paramref name="candidate"/> misses by more than the tolerance, smallest miss first.</summary>
    private static List<(int Index, double Miss)> Misses(ThinPlateSplineTransform candidate, PointPairs original, double tolerance)
    {
        var x = original.Px.ToArray();
        var y = original.Py.ToArray();
        candidate.ApplyInPlace(x.AsSpan(), y.AsSpan());
        var misses = new List<(int Index, double Miss)>();
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - original.Qx[i];
            var dy = y[i] - original.Qy[i];
            var miss = Math.Sqrt((dx * dx) + (dy * dy));
            if (miss > tolerance)
            {
                misses.Add((i, miss));
            }
        }

        // List.Sort is not stable; the index breaks ties so that equal misses keep the points' order.
        misses.Sort((a, b) => a.Miss != b.Miss ? a.Miss.CompareTo(b.Miss) : a.Index.CompareTo(b.Index));
        return misses;
    }

    private (double[] X, double[] Y) SourceGridOverLandmarks(int gridSize)
    {
        if (LandmarkCount == 0)
        {
            throw new InvalidOperationException($"{JavaClassName} has no landmarks to span a grid over");
        }

        return SourceGrid(_sourceX.Min(), _sourceY.Min(), _sourceX.Max(), _sourceY.Max(), gridSize, gridSize);
    }

    private static bool IsNearAny(double x, double y, double[] gridX, double[] gridY)
    {
        for (var g = 0; g < gridX.Length; g++)
        {
            var dx = x - gridX[g];
            var dy = y - gridY[g];
            if (Math.Sqrt((dx * dx) + (dy * dy)) < RepeatDistance)
            {
                return true;
            }
        }

        return false;
    }

    private static double[] Scaled(IReadOnlyList<double> values, double factor)
    {
        var scaled = new double[values.Count];
        for (var i = 0; i < scaled.Length; i++)
        {
            scaled[i] = values[i] * factor;
        }

        return scaled;
    }
}
