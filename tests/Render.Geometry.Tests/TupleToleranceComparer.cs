namespace Render.Geometry.Tests;

/// <summary>Compares (x, y) pairs within an absolute tolerance.</summary>
internal sealed class TupleToleranceComparer(double tolerance) : IEqualityComparer<(double, double)>
{
    public bool Equals((double, double) x, (double, double) y) =>
        Math.Abs(x.Item1 - y.Item1) <= tolerance && Math.Abs(x.Item2 - y.Item2) <= tolerance;

    public int GetHashCode((double, double) obj) => 0;
}
