namespace Render.Geometry.Fitting;

/// <summary>
/// What every least-squares fit requires of its pairs beyond their count: finite coordinates (one NaN
/// would silently poison every coefficient) and finite, non-negative weights.
/// </summary>
internal static class PointPairChecks
{
    /// <exception cref="FitException">A coordinate is not finite or a weight is negative or not finite.</exception>
    public static void RequireFiniteAndWeighted(PointPairs pairs, string model)
    {
        for (var i = 0; i < pairs.Count; i++)
        {
            if (!double.IsFinite(pairs.Px[i]) || !double.IsFinite(pairs.Py[i]) || !double.IsFinite(pairs.Qx[i]) || !double.IsFinite(pairs.Qy[i]))
            {
                throw new FitException($"{model}: pair {i} has a coordinate that is not finite");
            }

            var weight = pairs.Weights[i];
            if (!(weight >= 0) || double.IsPositiveInfinity(weight))
            {
                throw new FitException($"{model}: pair {i} has weight {weight}; weights must be finite and non-negative");
            }
        }
    }
}
