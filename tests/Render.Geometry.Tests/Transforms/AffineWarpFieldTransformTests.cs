using Render.Geometry.Numerics;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class AffineWarpFieldTransformTests
{
    private const string OffsetField =
        "50000.0 60000.0 100.0 100.0 2 2 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory none " +
        "1.0 1.0 1.0 1.0   0.0 0.0 0.0 0.0   0.0 0.0 0.0 0.0   1.0 1.0 1.0 1.0   11.0 0.0 0.0 0.0   22.0 0.0 0.0 0.0";

    private const string Warp2213 =
        "36801.0 38528.0 11193.0 10962.0 3 3 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory none 0.9955773305800001 0.991077036436 0.993045280237 0.995354187201 1.000440714444 0.993790147206 0.996826382514 0.995984897583 0.993719307666 0.01409965501 0.016043896631 0.014746860293 -0.002873982878 -0.00116022483 0.013510382867 -0.001192439754 5.859217E-6 0.003145943468 -0.011013582015 -0.012338129925 -0.011908982997 9.48924979E-4 0.001618271534 -0.010230964811 -0.003459918858 -0.001934553341 -0.003394926989 1.005886392262 0.997166313186 0.999118607908 0.997128656592 0.99959916781 0.9938648030169999 0.995198137272 0.99522146313 0.996689024213 595.9319718807892 840.5108973976676 756.6997755585908 134.61896849736513 -90.68584564211778 653.6872400376087 276.2241293772531 252.27854943129933 442.0244489518518 -712.0535594469839 -444.47068907479843 -472.35482359516755 232.63408066138072 54.873101921861235 -171.56798092255485 266.64185113671556 213.42933412336424 9.520116822772252";

    private const string Warp2214 =
        "36801.0 38528.0 11193.0 10962.0 3 3 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory none 1.005916360785 0.999726895974 1.0032903825 0.999011164133 0.995630647938 0.999171576137 0.993627298016 0.992966230905 0.995784242226 -0.033505270333 -0.025013174227 -0.023106681427 0.010199359671 0.007466438547 -0.018462225246 0.004145377744 0.002953109544 -0.004881533511 0.02749785704 0.022379883781 0.020515981125000003 -0.004649267250000001 -0.007437328707999999 0.023141381705999997 0.001742504742 0.001594180262 0.003233441931 0.987061846555 0.9888275814660001 0.987195727255 0.9940432578330001 0.99379727775 0.987054589311 0.9988320354900001 0.990503841195 0.988658379966 -1285.8920960785908 -818.2145529960326 -876.2297317394696 243.17938852629595 517.9499065289638 -800.95992288657 161.5480024563949 209.21105711330165 30.77146844597155 1683.4249266760016 1254.852962180652 1233.1454154581006 -149.63373950312962 -24.064125550125027 1046.9034649959576 -117.76655505561939 323.5501992759964 755.2238918685835";

    [Theory]
    [InlineData(50075, 60075, 50075, 60075)]
    [InlineData(5500, 6600, 5511, 6622)]
    [InlineData(50025, 60025, 50036, 60047)]
    [InlineData(50050, 60050, 50052.75, 60055.5)]
    public void ApplyInPlace_OffsetField_MatchesRender(double x, double y, double expectedX, double expectedY)
    {
        // render's AffineWarpFieldTransformTest.testOffsetWarpField (plus the values the spec computed).
        var transform = AffineWarpFieldTransform.Parse(OffsetField);

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal(expectedX, x, 0.001);
        Assert.Equal(expectedY, y, 0.001);
    }

    [Fact]
    public void ApplyInPlace_TwoFoldFields_AlignTheSamePoint()
    {
        // render's testApplyWithOffset: the warped positions agree within 0.5.
        double x13 = 46214.0, y13 = 39961.0, x14 = 46068.0, y14 = 40484.0;

        AffineWarpFieldTransform.Parse(Warp2213).ApplyInPlace(ref x13, ref y13);
        AffineWarpFieldTransform.Parse(Warp2214).ApplyInPlace(ref x14, ref y14);

        Assert.Equal(x13, x14, 0.5);
        Assert.Equal(y13, y14, 0.5);
        Assert.Equal(46173.39948688819, x13, 1e-9);
        Assert.Equal(40134.935268597124, y13, 1e-9);
        Assert.Equal(46173.104390614855, x14, 1e-9);
        Assert.Equal(40135.30158517061, y14, 1e-9);
    }

    [Fact]
    public void ToDataString_PlainField_IsJavaFormattedAndRoundTrips()
    {
        // render's testPersistence: a 2×2 field with cell (1, 1) translated by 29.
        var field = AffineWarpField.Identity(1000, 1000, 2, 2).WithCell(1, 1, [1, 0, 0, 1, 29, 29]);
        var transform = new AffineWarpFieldTransform(0, 0, field);

        var dataString = transform.ToDataString();

        Assert.Equal(
            "0.0 0.0 1000.0 1000.0 2 2 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory none " +
            "1.0 1.0 1.0 1.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 0.0 1.0 1.0 1.0 1.0 0.0 0.0 0.0 29.0 0.0 0.0 0.0 29.0",
            dataString);
        Assert.Equal(dataString, AffineWarpFieldTransform.Parse(dataString).ToDataString());
    }

    [Fact]
    public void ToDataString_LargeField_UsesBase64AndRoundTrips()
    {
        var field = AffineWarpField.Identity(300, 200, 3, 4, WarpFieldInterpolation.Floor).WithCell(2, 3, [1.5, 0.1, -0.2, 0.9, 7, -8]);
        var transform = new AffineWarpFieldTransform(-12.5, 1e7, field);

        var dataString = transform.ToDataString();
        var reread = AffineWarpFieldTransform.Parse(dataString);

        var fields = dataString.Split(' ');
        Assert.Equal(["-12.5", "1.0E7", "300.0", "200.0", "3", "4", "net.imglib2.interpolation.randomaccess.FloorInterpolatorFactory", "base64"], fields[..8]);
        Assert.Equal(field.Values.ToArray(), DoubleArrayCodec.Decode(fields[8]));
        Assert.Equal(WarpFieldInterpolation.Floor, reread.Field.Interpolation);
        Assert.Equal(dataString, reread.ToDataString());
    }

    [Fact]
    public void Parse_NearestNeighborName_IsRecognised()
    {
        var transform = AffineWarpFieldTransform.Parse(OffsetField.Replace("NLinearInterpolatorFactory", "NearestNeighborInterpolatorFactory", StringComparison.Ordinal));

        Assert.Equal(WarpFieldInterpolation.NearestNeighbor, transform.Field.Interpolation);
        Assert.Equal(AffineWarpFieldTransform.JavaClassName, transform.ClassName);
    }

    [Theory]
    [InlineData("1 2 3 4 1 1 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory", "at least 8 fields")]
    [InlineData("1 2 3 4 1 1 net.imglib2.interpolation.randomaccess.LanczosInterpolatorFactory none 1 0 0 1 0 0", "LanczosInterpolatorFactory")]
    [InlineData("1 2 3 4 1 1 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory none 1 0 0 1 0", "contain 14 fields but found 13")]
    [InlineData("1 2 3 4 0 1 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory none 1", "row count is 0")]
    [InlineData("1 x 3 4 1 1 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory none 1 0 0 1 0 0", "For input string: \"x\"")]
    [InlineData("1 2 3 4 1 1 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory base64 @QAkh+fAbhm4=", "holds 1 values, expected 6")]
    [InlineData("1 2 3 4 1 1 net.imglib2.interpolation.randomaccess.NLinearInterpolatorFactory base64 ###", "failed to decode")]
    public void Parse_Malformed_ThrowsTransformDataExceptionNamingTheProblem(string dataString, string problem)
    {
        var error = Assert.Throws<TransformDataException>(() => AffineWarpFieldTransform.Parse(dataString));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains(AffineWarpFieldTransform.JavaClassName, error.Message, StringComparison.Ordinal);
    }
}
