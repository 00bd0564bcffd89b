using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

/// <summary>render's ExponentialFunctionOffset, ExponentialRecoveryOffset and SEMDistortionTransformA tests (render-core.md §4.1).</summary>
public sealed class SingleDimensionTransformTests
{
    [Theory]
    [InlineData(0.0, -3.56261)]
    [InlineData(200.0, 198.71980208157657)]
    [InlineData(600.0, 599.6102417223608)]
    public void ExponentialFunctionOffset_MovesXOnly(double x, double expected)
    {
        var transform = ExponentialFunctionOffsetTransform.Parse("3.26097,0.0060185,0.30164,0");
        double y = 42;

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal(expected, x, 1e-12);
        Assert.Equal(42, y);
    }

    [Theory]
    [InlineData(0.0, 14.99262)]
    [InlineData(200.0, 208.77756510174976)]
    [InlineData(600.0, 605.9032782226925)]
    public void ExponentialRecoveryOffset_MovesXOnly(double x, double expected)
    {
        var transform = ExponentialRecoveryOffsetTransform.Parse("9.47533,0.0053344,-14.99262,0");
        double y = 42;

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal(expected, x, 1e-12);
        Assert.Equal(42, y);
    }

    [Theory]
    [InlineData(0.0, 43.8)]
    [InlineData(100.0, 126.1601901592704)]
    public void SEMDistortionA_MovesYWhenDimensionIs1(double y, double expected)
    {
        var transform = SEMDistortionTransformA.Parse("19.4,64.8,24.4,972.0,1");
        double x = 7;

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal(expected, y, 1e-12);
        Assert.Equal(7, x);
    }

    [Theory]
    [InlineData("3.26097,0.0060185,0.30164,0", "3.26097,0.0060185,0.30164,0")]
    [InlineData("3.26097, 0.0060185 0.30164,1", "3.26097,0.0060185,0.30164,1")]
    [InlineData("1,2,3,0", "1.0,2.0,3.0,0")]
    public void ToDataString_RoundTripsAsRenderWritesIt(string input, string expected)
    {
        var transform = ExponentialFunctionOffsetTransform.Parse(input);

        Assert.Equal(expected, transform.ToDataString());
        Assert.Equal(expected, ExponentialFunctionOffsetTransform.Parse(transform.ToDataString()).ToDataString());
    }

    [Theory]
    [InlineData("1,2,0", "transform data must contain 4 comma separated values (3 coefficients followed by dimension), found 3 values instead")]
    [InlineData("1,2,3,2", "the dimension must be 0 (x) or 1 (y), found '2'")]
    [InlineData("1,2,3,0.5", "the dimension must be 0 (x) or 1 (y), found '0.5'")]
    [InlineData("1,b,3,0", "For input string: \"b\"")]
    public void Parse_BadData_SaysWhy(string dataString, string expected)
    {
        var error = Assert.Throws<TransformDataException>(() => ExponentialRecoveryOffsetTransform.Parse(dataString));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
