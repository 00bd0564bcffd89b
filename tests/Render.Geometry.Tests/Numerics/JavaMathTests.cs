using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class JavaMathTests
{
    [Theory]
    [InlineData(-1527.35, -1527)]
    [InlineData(1108.9, 1108)]
    [InlineData(double.NaN, 0)]
    [InlineData(1e20, int.MaxValue)]
    [InlineData(-1e20, int.MinValue)]
    public void ToInt_TruncatesAndSaturates(double value, int expected)
    {
        Assert.Equal(expected, JavaMath.ToInt(value));
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(40.0, 40)]
    public void Round_IsFloorOfValuePlusHalf(double value, long expected)
    {
        Assert.Equal(expected, JavaMath.Round(value));
    }

    [Fact]
    public void RoundPos_IsIntOfValuePlusHalf()
    {
        Assert.Equal(20, JavaMath.RoundPos(19.5));
        Assert.Equal(0, JavaMath.RoundPos(-0.9));
    }
}
