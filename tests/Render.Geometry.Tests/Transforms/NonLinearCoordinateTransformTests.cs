using Render.Geometry.Numerics;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class NonLinearCoordinateTransformTests
{
    // Dimension 1 (3 features), small numbers: written by hand.
    private const string DimensionOne = "1 3 1.0 4.0 2.0 5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640 480 ";

    [Fact]
    public void Parse_EveryFixtureLens_WritesBackTheSameNumbers()
    {
        var lenses = Fixtures.FindLeafTransforms([NonLinearCoordinateTransform.JavaClassName, .. NonLinearCoordinateTransform.Aliases]).ToList();
        var identical = 0;

        foreach (var (file, className, dataString) in lenses)
        {
            var written = NonLinearCoordinateTransform.Parse(dataString, className).ToDataString();
            var again = NonLinearCoordinateTransform.Parse(written, className);

            // Field by field the same doubles; the text differs only where an older JDK wrote a
            // non-shortest form (e.g. 2.5987814164131128E16, which JDK 19+ writes 2.598781416413113E16).
            Assert.True(SameNumbers(dataString, written), $"{file}: {FirstDifference(dataString, written)}");
            Assert.Equal(written, again.ToDataString());
            Assert.Equal(className, again.ClassName);
            identical += dataString == written ? 1 : 0;
        }

        Assert.True(lenses.Count >= 40, $"only {lenses.Count} lens transforms found");
        Assert.Contains(lenses, lens => lens.ClassName == "lenscorrection.NonLinearTransform");
        Assert.True(identical > lenses.Count / 2, $"only {identical} of {lenses.Count} written back character for character");
    }

    [Fact]
    public void Parse_NonInvertibleTileFixture_RoundTripsItsLens()
    {
        var (_, className, dataString) = Assert.Single(
            Fixtures.FindLeafTransforms(NonLinearCoordinateTransform.JavaClassName),
            lens => lens.File == "render-app/tile-test/tile_with_non_invertible_transforms.json");

        var transform = NonLinearCoordinateTransform.Parse(dataString, className);

        Assert.Equal((5, 21, 2560, 2160), (transform.Dimension, transform.Length, transform.Width, transform.Height));
        Assert.Equal(dataString, transform.ToDataString());
    }

    [Fact]
    public void Parse_HandWrittenString_ReadsEveryField()
    {
        var transform = NonLinearCoordinateTransform.Parse(DimensionOne);

        Assert.Equal(1, transform.Dimension);
        Assert.Equal(3, transform.Length);
        Assert.Equal([1.0, 2, 3], transform.BetaX.ToArray());
        Assert.Equal([4.0, 5, 6], transform.BetaY.ToArray());
        Assert.Equal([7.0, 8, 100], transform.NormMean.ToArray());
        Assert.Equal([9.0, 10, 0], transform.NormVar.ToArray());
        Assert.Equal((640, 480), (transform.Width, transform.Height));
        Assert.Equal(NonLinearCoordinateTransform.JavaClassName, transform.ClassName);
    }

    [Fact]
    public void ToDataString_WritesWidthBeforeHeightAndEndsWithASpace()
    {
        var transform = new NonLinearCoordinateTransform(1, [1, 2, 3], [4, 5, 6], [7, 8, 100], [9, 10, 0], width: 640, height: 480);

        Assert.Equal(DimensionOne, transform.ToDataString());
    }

    [Theory]
    [InlineData("lenscorrection.NonLinearTransform")]
    [InlineData("lenscorrection.NonLinearTransformDeleteMe")]
    [InlineData("mpicbg.trakem2.transform.nonLinearTransform")]
    public void Parse_Alias_KeepsTheClassNameItWasReadWith(string className)
    {
        var transform = NonLinearCoordinateTransform.Parse(DimensionOne, className);

        Assert.Equal(className, transform.ClassName);
        Assert.Contains(className, NonLinearCoordinateTransform.Aliases);
        Assert.Equal(NonLinearCoordinateTransform.JavaClassName, transform.WithClassName(NonLinearCoordinateTransform.JavaClassName).ClassName);
    }

    [Fact]
    public void Parse_ForeignClassName_Throws()
    {
        Assert.Throws<ArgumentException>(() => NonLinearCoordinateTransform.Parse(DimensionOne, "mpicbg.trakem2.transform.AffineModel2D"));
    }

    [Theory]
    [InlineData("", "needs a dimension and a length")]
    [InlineData("5", "needs a dimension and a length")]
    [InlineData("1 3 1.0 4.0 2.0 5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640", "has 15 fields; length 3 needs 4 + 4 * 3 = 16")]
    [InlineData("1 3 1.0 4.0 2.0 5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640 480 1", "has 17 fields")]
    [InlineData("1 3 1.0 4.0 2.0  5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640 480", "has 17 fields")]
    [InlineData("2 3 1.0 4.0 2.0 5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640 480", "length 3 does not match dimension 2")]
    [InlineData("1.0 3 1.0 4.0 2.0 5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640 480", "dimension (field 0) is not an integer: \"1.0\"")]
    [InlineData("1 3 1.0 4.0 2.0 5.0 3.0 six 7.0 8.0 100.0 9.0 10.0 0.0 640 480", "field 7 is not a number: \"six\"")]
    [InlineData("1 3 1.0 4.0 2.0 5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640.5 480", "width (field 14) is not an integer")]
    [InlineData(" 1 3 1.0 4.0 2.0 5.0 3.0 6.0 7.0 8.0 100.0 9.0 10.0 0.0 640 480", "dimension (field 0) is not an integer: \"\"")]
    public void Parse_Malformed_ThrowsNamingClassAndProblem(string dataString, string problem)
    {
        var error = Assert.Throws<TransformDataException>(() => NonLinearCoordinateTransform.Parse(dataString));

        Assert.StartsWith(NonLinearCoordinateTransform.JavaClassName, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyInPlace_DimensionOne_NormalisesFeaturesAndAddsTheConstant()
    {
        // Features at (16, 18): (16 − 7)/9 = 1, (18 − 8)/10 = 1, and the constant 100.
        var transform = NonLinearCoordinateTransform.Parse(DimensionOne);
        double x = 16, y = 18;

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal((1 + 2 + 300.0, 4 + 5 + 600.0), (x, y));
    }

    [Fact]
    public void ApplyInPlace_DimensionZero_IsTheConstantFeatureAlone()
    {
        var transform = NonLinearCoordinateTransform.Parse("0 1 0.5 -2.0 0.0 0.0 10 10 ");
        double[] x = [3, -7, 11, 0, 1e6];
        double[] y = [1, 2, 3, 4, 5];

        transform.ApplyInPlace(x.AsSpan(), y.AsSpan());

        Assert.All(x, value => Assert.Equal(50, value));
        Assert.All(y, value => Assert.Equal(-200, value));
    }

    [Fact]
    public void ApplyInPlace_RenderPythonDimensionSix_MeanDisplacementOnTheGrid()
    {
        // test_non_linear_transform: grid 0..2048 step 64, mean displacement ≈ 0.7570507. That value
        // comes from render-python's float32 reading of the data string; Java reads doubles, and
        // then the mean is 0.7570550611236024 (checked independently with Math.pow in double).
        var lens = NonLinearCoordinateTransform.Parse(RenderPythonGoldens.DimensionSixLens, "mpicbg.trakem2.transform.nonLinearTransform");
        var asFloat32 = new NonLinearCoordinateTransform(
            lens.Dimension, ToFloat32(lens.BetaX), ToFloat32(lens.BetaY), ToFloat32(lens.NormMean), ToFloat32(lens.NormVar), lens.Width, lens.Height);

        Assert.Equal(0.7570550611236024, MeanDisplacementOnGrid(lens), 1e-12);
        Assert.Equal(0.7570507, MeanDisplacementOnGrid(asFloat32), 1e-6);
    }

    [Fact]
    public void ApplyInPlace_AgreesWithJavasPowFormula_WithinAFewUlp()
    {
        var lens = NonLinearCoordinateTransform.Parse(RenderPythonGoldens.DimensionSixLens);
        var random = new Random(6);

        for (var n = 0; n < 1000; n++)
        {
            double x = random.NextDouble() * 2048, y = random.NextDouble() * 2048;
            var (javaX, javaY) = ApplyAsJava(lens, x, y, Math.Pow);
            lens.ApplyInPlace(ref x, ref y);

            Assert.Equal(javaX, x, 1e-10);
            Assert.Equal(javaY, y, 1e-10);
        }
    }

    [Fact]
    public void ApplyInPlace_IsJavasFormulaWithPowersAsRepeatedProducts_Bitwise()
    {
        var lens = NonLinearCoordinateTransform.Parse(RenderPythonGoldens.DimensionSixLens);
        var random = new Random(7);

        for (var n = 0; n < 1000; n++)
        {
            double x = random.NextDouble() * 2048, y = random.NextDouble() * 2048;
            var (javaX, javaY) = ApplyAsJava(lens, x, y, RepeatedProduct);
            lens.ApplyInPlace(ref x, ref y);

            Assert.Equal(BitConverter.DoubleToInt64Bits(javaX), BitConverter.DoubleToInt64Bits(x));
            Assert.Equal(BitConverter.DoubleToInt64Bits(javaY), BitConverter.DoubleToInt64Bits(y));
        }
    }

    [Fact]
    public void ApplyInPlace_Batch_IsBitwiseEqualToSinglePoints()
    {
        foreach (var dataString in new[] { RenderPythonGoldens.DimensionSixLens, RenderPythonGoldens.DimensionFiveLens, DimensionOne })
        {
            var lens = NonLinearCoordinateTransform.Parse(dataString);
            var (x, y) = TransformTestPoints.Scattered(1003, new Random(lens.Dimension));

            TransformTestPoints.AssertBatchEqualsSinglePoints(lens, x, y);
        }
    }

    [Fact]
    public void Constructor_WrongLengthsOrNegativeDimension_Throw()
    {
        Assert.Throws<ArgumentException>(() => new NonLinearCoordinateTransform(1, [1, 2], [4, 5, 6], [7, 8, 100], [9, 10, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NonLinearCoordinateTransform(-1, [], [], [], []));
    }

    private static double MeanDisplacementOnGrid(NonLinearCoordinateTransform lens)
    {
        var (x, y) = TransformTestPoints.Grid(0, 64, 32);
        var (sourceX, sourceY) = ((double[])x.Clone(), (double[])y.Clone());
        lens.ApplyInPlace(x.AsSpan(), y.AsSpan());
        var total = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            total += Math.Sqrt(((x[i] - sourceX[i]) * (x[i] - sourceX[i])) + ((y[i] - sourceY[i]) * (y[i] - sourceY[i])));
        }

        return total / x.Length;
    }

    private static bool SameNumbers(string expected, string actual)
    {
        var (e, a) = (expected.Split(' '), actual.Split(' '));
        return e.Length == a.Length && e.Zip(a).All(pair => pair.First == pair.Second
            || BitConverter.DoubleToInt64Bits(JavaNumberParse.ParseDouble(pair.First)) == BitConverter.DoubleToInt64Bits(JavaNumberParse.ParseDouble(pair.Second)));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var (e, a) = (expected.Split(' '), actual.Split(' '));
        var i = e.Zip(a).TakeWhile(pair => pair.First == pair.Second).Count();
        return $"field {i}: read \"{e.ElementAtOrDefault(i)}\", wrote \"{a.ElementAtOrDefault(i)}\"";
    }

    private static double[] ToFloat32(ReadOnlySpan<double> values) => values.ToArray().Select(v => (double)(float)v).ToArray();

    private static double RepeatedProduct(double value, double exponent)
    {
        var power = 1.0;
        for (var e = 0; e < exponent; e++)
        {
            power *= value;
        }

        return power;
    }

    /// <summary>trakem2-transform's kernelExpand and multiply, written out as Java runs them (Java's power is Math.pow).</summary>
    private static (double X, double Y) ApplyAsJava(NonLinearCoordinateTransform lens, double x, double y, Func<double, double, double> power)
    {
        var features = new List<double>();
        for (var i = 1; i <= lens.Dimension; i++)
        {
            for (double j = i; j >= 0; j--)
            {
                features.Add(power(x, j) * power(y, i - j));
            }
        }

        double u = 0, v = 0;
        for (var k = 0; k < lens.Length; k++)
        {
            var e = k < lens.Length - 1 ? (features[k] - lens.NormMean[k]) / lens.NormVar[k] : 100;
            u += e * lens.BetaX[k];
            v += e * lens.BetaY[k];
        }

        return (u, v);
    }
}
