using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class AffineWarpFieldTests
{
    [Fact]
    public void HighResolutionCopy_ThreeByThree_CellKeepsItsAffine()
    {
        // render's AffineWarpFieldTest.testGetHighResolutionCopy.
        var field = AffineWarpField.Identity(1000, 1000, 3, 4);
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 4; column++)
            {
                double v = (row * 4) + column;
                field = field.WithCell(row, column, [v, v, v, v, v, v]);
            }
        }

        var hiRes = field.HighResolutionCopy(3, 3);

        Assert.Equal(3 * 4 * 6, field.Values.Length);
        Assert.Equal(9 * 12 * 6, hiRes.Values.Length);
        Assert.Equal(field.Get(1, 2), hiRes.Get(4, 6));
        Assert.Equal([6.0, 6, 6, 6, 6, 6], hiRes.Get(4, 6));
    }

    [Fact]
    public void Identity_HoldsOnesOnTheDiagonalCoefficients()
    {
        var field = AffineWarpField.Identity(10, 10, 2, 2);

        Assert.Equal([1.0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0], field.Values.ToArray());
    }

    [Fact]
    public void WithCell_LeavesTheOriginalUnchanged()
    {
        var field = AffineWarpField.Identity(10, 10, 1, 2);

        var changed = field.WithCell(0, 1, [2, 0, 0, 2, 5, 6]);

        Assert.Equal([1.0, 0, 0, 1, 0, 0], field.Get(0, 1));
        Assert.Equal([2.0, 0, 0, 2, 5, 6], changed.Get(0, 1));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    public void Constructor_EmptyGrid_Throws(int rows, int columns)
    {
        Assert.Throws<ArgumentException>(() => new AffineWarpField(10, 10, rows, columns, []));
    }

    [Fact]
    public void Constructor_WrongValueCount_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new AffineWarpField(10, 10, 1, 1, new double[5]));

        Assert.Contains("expected 6 but was 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(WarpFieldInterpolation.NLinear, 2.75)]
    [InlineData(WarpFieldInterpolation.NearestNeighbor, 0.0)]
    [InlineData(WarpFieldInterpolation.Floor, 11.0)]
    public void Interpolate_BetweenCellCentres_UsesTheInterpolator(WarpFieldInterpolation interpolation, double expectedM02)
    {
        // Cell (0, 0) translates by 11; the others are the identity. Position (50, 50) is the
        // midpoint of the four cell centres: u = v = 0.5.
        var field = new AffineWarpField(100, 100, 2, 2, OffsetFieldValues, interpolation);
        Span<double> affine = stackalloc double[6];

        field.Interpolate(50, 50, affine);

        Assert.Equal(expectedM02, affine[4]);
    }

    internal static double[] OffsetFieldValues =>
        [1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 11, 0, 0, 0, 22, 0, 0, 0];
}
