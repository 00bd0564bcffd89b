using System.Globalization;
using Render.Imaging.Mapping;

namespace Render.Imaging.Tests.Mapping;

/// <summary>
/// The row spans must accept exactly the pixels render's per-pixel test accepts
/// (<see cref="MeshMapping.IsInTriangle"/>, kept as the reference), for either orientation and
/// every kind of triangle: random, on the pixel grid (zero cross products on edges), slivers,
/// degenerate, huge, and clipped by the box.
/// </summary>
public sealed class TriangleRowsTests
{
    public static TheoryData<string> Kinds => ["random", "grid", "half-grid", "sliver", "degenerate", "axis-aligned", "large", "tiny"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Spans_RandomTriangles_AcceptExactlyThePixelsOfIsInTriangle(string kind)
    {
        var random = new Random(kind.GetHashCode(StringComparison.Ordinal) ^ 20261124);
        for (var n = 0; n < 3000; n++)
        {
            var v = Triangle(kind, random);
            // The box around the triangle (around its first corner when it is huge), a little wider.
            var (x0, x1, y0, y1) = kind == "large"
                ? (v[0] - 100, v[0] + 100, v[1] - 100, v[1] + 100)
                : (Math.Min(v[0], Math.Min(v[2], v[4])), Math.Max(v[0], Math.Max(v[2], v[4])), Math.Min(v[1], Math.Min(v[3], v[5])), Math.Max(v[1], Math.Max(v[3], v[5])));
            var minX = (int)Math.Floor(x0) - random.Next(3);
            var maxX = (int)Math.Ceiling(x1) + random.Next(3);
            var minY = (int)Math.Floor(y0) - 1;
            var maxY = (int)Math.Ceiling(y1) + 1;
            if (random.Next(4) == 0)
            {
                // A box clipped by the canvas edge.
                minX += random.Next(Math.Max(1, (maxX - minX) / 2));
            }

            AssertSameAsReference(v, minX, Math.Min(maxX, minX + 200), minY, Math.Min(maxY, minY + 200));
        }
    }

    [Theory]
    [InlineData(0, 0, 10, 0, 0, 10)]
    [InlineData(0, 0, 0, 10, 10, 0)]
    [InlineData(3, 3, 3, 3, 3, 3)]
    [InlineData(0, 0, 10, 10, 20, 20)]
    [InlineData(0, 5, 10, 5, 20, 5)]
    [InlineData(5, 0, 5, 10, 5, 20)]
    [InlineData(0.5, 0.5, 10.5, 0.5, 0.5, 10.5)]
    [InlineData(-4, -4, 30, 2, 1, 40)]
    public void Spans_HandPickedTriangles_AcceptExactlyThePixelsOfIsInTriangle(double ax, double ay, double bx, double by, double cx, double cy)
    {
        AssertSameAsReference([ax, ay, bx, by, cx, cy], 0, 32, 0, 32);
        AssertSameAsReference([cx, cy, bx, by, ax, ay], 0, 32, 0, 32);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, 0, true)]
    [InlineData(1e12, 0, 0, 1e12, 0, 0, true)]
    [InlineData(2e12, 0, 0, 1, 0, 0, false)]
    [InlineData(double.NaN, 0, 0, 1, 0, 0, false)]
    [InlineData(0, double.PositiveInfinity, 0, 1, 0, 0, false)]
    public void IsExact_FiniteModerateVertices_OnlyThose(double ax, double ay, double bx, double by, double cx, double cy, bool expected) =>
        Assert.Equal(expected, TriangleRows.IsExact(ax, ay, bx, by, cx, cy));

    private static double[] Triangle(string kind, Random random)
    {
        double Coordinate(double range) => (random.NextDouble() * range) - (range / 4);
        var v = new double[6];
        switch (kind)
        {
            case "grid":
            case "half-grid":
                var offset = kind == "grid" ? 0 : 0.5;
                for (var i = 0; i < 6; i++)
                {
                    v[i] = random.Next(-5, 40) + offset;
                }

                break;
            case "sliver":
                (v[0], v[1], v[2], v[3]) = (Coordinate(60), Coordinate(60), Coordinate(60), Coordinate(60));
                var t = random.NextDouble();
                var along = (v[0] + (t * (v[2] - v[0])), v[1] + (t * (v[3] - v[1])));
                (v[4], v[5]) = (along.Item1 + ((random.NextDouble() - 0.5) * 1e-9), along.Item2 + ((random.NextDouble() - 0.5) * 1e-9));
                break;
            case "degenerate":
                (v[0], v[1]) = (Coordinate(40), Coordinate(40));
                var (dx, dy) = (random.Next(-3, 4) * 0.5, random.Next(-3, 4) * 0.5);
                (v[2], v[3]) = (v[0] + (dx * random.Next(0, 20)), v[1] + (dy * random.Next(0, 20)));
                (v[4], v[5]) = random.Next(2) == 0 ? (v[0], v[1]) : (v[0] + (dx * random.Next(-10, 20)), v[1] + (dy * random.Next(-10, 20)));
                break;
            case "axis-aligned":
                (v[0], v[1]) = (random.Next(0, 30), random.Next(0, 30));
                (v[2], v[3]) = (v[0] + random.Next(-20, 20), v[1]);
                (v[4], v[5]) = (v[0], v[1] + random.Next(-20, 20));
                break;
            case "large":
                for (var i = 0; i < 6; i++)
                {
                    v[i] = (random.NextDouble() - 0.5) * 1e11;
                }

                // Keep one corner near the box so that some rows are crossed.
                (v[0], v[1]) = (Coordinate(40), Coordinate(40));
                break;
            case "tiny":
                (v[0], v[1]) = (Coordinate(40), Coordinate(40));
                for (var i = 2; i < 6; i++)
                {
                    v[i] = v[i % 2] + ((random.NextDouble() - 0.5) * 1.5);
                }

                break;
            default:
                for (var i = 0; i < 6; i++)
                {
                    v[i] = Coordinate(80);
                }

                break;
        }

        return v;
    }

    private static void AssertSameAsReference(double[] v, int minX, int maxX, int minY, int maxY)
    {
        var rows = new TriangleRows(v[0], v[1], v[2], v[3], v[4], v[5]);
        for (var y = minY; y <= maxY; y++)
        {
            rows.Spans(y, minX, maxX, out var first, out var second);
            if (!(first.IsEmpty || second.IsEmpty || first.End < second.Start))
            {
                Assert.Fail($"overlapping or unordered runs {first} {second}");
            }
            for (var x = minX; x <= maxX; x++)
            {
                var expected = MeshMapping.IsInTriangle(v[0], v[1], v[2], v[3], v[4], v[5], x, y);
                var actual = (x >= first.Start && x <= first.End) || (x >= second.Start && x <= second.End);
                if (expected != actual)
                {
                    Assert.Fail($"triangle ({string.Join(", ", v.Select(c => c.ToString("R", CultureInfo.InvariantCulture)))}) pixel ({x}, {y}): reference {expected}, spans {actual}");
                }
            }
        }
    }
}
