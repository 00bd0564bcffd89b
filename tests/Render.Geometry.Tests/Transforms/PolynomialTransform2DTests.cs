using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class PolynomialTransform2DTests
{
    // What Java's toDataString writes for render-python's golden string: Double.toString drops the
    // exponents' leading zeros (E-06 -> E-6).
    private const string GoldenAsJavaWritesIt =
        "67572.7356991 0.972637082773 -0.0266434803369 -3.08962731867E-6 3.52672451824E-6 1.36924119761E-7 " +
        "5446.85340052 0.0224047626583 0.961202608454 -3.36753624487E-7 -8.97219078255E-7 -5.49854010072E-6";

    [Fact]
    public void Parse_RenderPythonGolden_ReadsAnOrderTwoPolynomial()
    {
        var polynomial = PolynomialTransform2D.Parse(RenderPythonGoldens.OrderTwoPolynomial);

        Assert.Equal(2, polynomial.Order);
        Assert.Equal(6, polynomial.TermCount);
        Assert.Equal([67572.7356991, 0.972637082773, -0.0266434803369, -3.08962731867E-06, 3.52672451824E-06, 1.36924119761E-07], polynomial.XCoefficients.ToArray());
        Assert.Equal([5446.85340052, 0.0224047626583, 0.961202608454, -3.36753624487E-07, -8.97219078255E-07, -5.49854010072E-06], polynomial.YCoefficients.ToArray());
        Assert.Equal(PolynomialTransform2D.JavaClassName, polynomial.ClassName);
        Assert.Equal("mpicbg.trakem2.transform.PolynomialTransform2D", PolynomialTransform2D.JavaClassName);
    }

    [Fact]
    public void ToDataString_RenderPythonGolden_WritesJavaDoubleToStringWithSingleSpaces()
    {
        var written = PolynomialTransform2D.Parse(RenderPythonGoldens.OrderTwoPolynomial).ToDataString();

        Assert.Equal(GoldenAsJavaWritesIt, written);
        Assert.Equal(written, PolynomialTransform2D.Parse(written).ToDataString());
        Assert.Equal(PolynomialTransform2D.Parse(RenderPythonGoldens.OrderTwoPolynomial).Coefficients.ToArray(), PolynomialTransform2D.Parse(written).Coefficients.ToArray());
    }

    [Fact]
    public void Parse_ExtraCoefficients_KeepsThemAndReadsYFromOffsetTermCount()
    {
        // mpicbg quirk: 8 values give order 1 (3 terms); y' uses a[3..5], a[6] and a[7] are never used.
        var polynomial = PolynomialTransform2D.Parse("1 2 3 4 5 6 7 8");
        double x = 10, y = 100;

        polynomial.ApplyInPlace(ref x, ref y);

        Assert.Equal(1, polynomial.Order);
        Assert.Equal(1 + 20 + 300, x);
        Assert.Equal(4 + 50 + 600, y);
        Assert.Equal("1.0 2.0 3.0 4.0 5.0 6.0 7.0 8.0", polynomial.ToDataString());
    }

    [Fact]
    public void Parse_TrailingWhitespaceAndRuns_AreAcceptedAsJavaSplitOnWhitespace()
    {
        var polynomial = PolynomialTransform2D.Parse("0\t1  0 \n0 0 1 \n");

        Assert.Equal("0.0 1.0 0.0 0.0 0.0 1.0", polynomial.ToDataString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("1 2 3")]
    [InlineData("1 x")]
    [InlineData(" 1 2")]
    [InlineData("1,2")]
    public void Parse_Malformed_ThrowsNamingTheClass(string dataString)
    {
        var error = Assert.Throws<TransformDataException>(() => PolynomialTransform2D.Parse(dataString));

        Assert.StartsWith(PolynomialTransform2D.JavaClassName, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    [InlineData(5, 1)]
    [InlineData(6, 2)]
    [InlineData(9, 2)]
    [InlineData(10, 3)]
    [InlineData(15, 4)]
    [InlineData(21, 5)]
    [InlineData(65, 9)]
    [InlineData(66, 10)]
    [InlineData(231, 20)]
    public void OrderOf_CoefficientsPerAxis_IsTheHighestFullySpecifiedOrder(int coefficientsPerAxis, int order)
    {
        Assert.Equal(order, PolynomialTransform2D.OrderOf(coefficientsPerAxis));
    }

    [Fact]
    public void ApplyInPlace_OrderTwo_EvaluatesTheMonomialsInJavaOrder()
    {
        // Terms x, y, x², xy, y² at (2, 3) are 2, 3, 4, 6, 9.
        var polynomial = new PolynomialTransform2D(2, [1, 2, 3, 4, 5, 6], [7, 8, 9, 10, 11, 12]);
        double x = 2, y = 3;

        polynomial.ApplyInPlace(ref x, ref y);

        Assert.Equal(1 + 4 + 9 + 16 + 30 + 54, x);
        Assert.Equal(7 + 16 + 27 + 40 + 66 + 108, y);
    }

    [Fact]
    public void ApplyInPlace_OrderThree_MatchesTheMonomialSum()
    {
        double[] a = [0.5, 1.1, -0.2, 0.01, 0.02, -0.03, 1e-4, -2e-4, 3e-4, 4e-4];
        double[] b = [-7, 0.1, 0.9, -0.01, 0.03, 0.02, -1e-4, 2e-4, -3e-4, 5e-4];
        var polynomial = new PolynomialTransform2D(3, a, b);
        double x = 12.5, y = -7.25;
        double[] terms = [1, x, y, x * x, x * y, y * y, x * x * x, x * x * y, x * y * y, y * y * y];

        polynomial.ApplyInPlace(ref x, ref y);

        Assert.Equal(terms.Select((t, k) => t * a[k]).Sum(), x, 1e-12);
        Assert.Equal(terms.Select((t, k) => t * b[k]).Sum(), y, 1e-12);
    }

    [Fact]
    public void ApplyInPlace_OrderZero_IsATranslationToTheConstants()
    {
        var polynomial = PolynomialTransform2D.Parse("3 -4");
        double x = 100, y = 200;

        polynomial.ApplyInPlace(ref x, ref y);

        Assert.Equal(0, polynomial.Order);
        Assert.Equal((3.0, -4.0), (x, y));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(8)]
    public void ApplyInPlace_Batch_IsBitwiseEqualToSinglePoints(int order)
    {
        var random = new Random(order);
        var terms = PolynomialTransform2D.TermCountOf(order);
        var polynomial = new PolynomialTransform2D(
            order,
            Enumerable.Range(0, terms).Select(_ => random.NextDouble() - 0.5).ToArray(),
            Enumerable.Range(0, terms).Select(_ => random.NextDouble() - 0.5).ToArray());
        var (x, y) = TransformTestPoints.Scattered(1003, random);

        TransformTestPoints.AssertBatchEqualsSinglePoints(polynomial, x, y);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    public void ApplyInPlace_AnyOrder_IsBitwiseMpicbgsEvaluation(int order)
    {
        var random = new Random(100 + order);
        var terms = PolynomialTransform2D.TermCountOf(order);

        // Two extra values: mpicbg still reads y' from offset TermCount.
        var coefficients = Enumerable.Range(0, (2 * terms) + 2).Select(_ => (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-8, 5))).ToArray();
        var polynomial = PolynomialTransform2D.Parse(string.Join(' ', coefficients.Select(c => c.ToString("R", System.Globalization.CultureInfo.InvariantCulture))));

        for (var n = 0; n < 200; n++)
        {
            double x = (random.NextDouble() - 0.5) * 1e5, y = (random.NextDouble() - 0.5) * 1e5;
            var (javaX, javaY) = ApplyAsMpicbg(coefficients, order, x, y);
            polynomial.ApplyInPlace(ref x, ref y);

            Assert.Equal(BitConverter.DoubleToInt64Bits(javaX), BitConverter.DoubleToInt64Bits(x));
            Assert.Equal(BitConverter.DoubleToInt64Bits(javaY), BitConverter.DoubleToInt64Bits(y));
        }
    }

    [Fact]
    public void ApplyInPlace_MismatchedSpans_Throws()
    {
        var polynomial = PolynomialTransform2D.Identity;

        Assert.Throws<ArgumentException>(() => polynomial.ApplyInPlace(new double[4].AsSpan(), new double[3].AsSpan()));
    }

    [Fact]
    public void Identity_AndItsOrderTwoForm_MapPointsToThemselves()
    {
        var identity = PolynomialTransform2D.Identity;
        var orderTwo = identity.AsOrder(2);
        var random = new Random(7);

        for (var i = 0; i < 50; i++)
        {
            double x = random.NextDouble(), y = random.NextDouble();
            double x2 = x, y2 = y, x1 = x, y1 = y;
            identity.ApplyInPlace(ref x1, ref y1);
            orderTwo.ApplyInPlace(ref x2, ref y2);
            Assert.Equal((x, y), (x1, y1));
            Assert.Equal((x, y), (x2, y2));
        }

        Assert.Equal(1, identity.Order);
        Assert.Equal(2, orderTwo.Order);
        Assert.Equal("0.0 1.0 0.0 0.0 0.0 0.0 0.0 0.0 1.0 0.0 0.0 0.0", orderTwo.ToDataString());
    }

    [Fact]
    public void AsOrder_LowerOrder_Throws()
    {
        var polynomial = PolynomialTransform2D.Parse(RenderPythonGoldens.OrderTwoPolynomial);

        Assert.Throws<ArgumentOutOfRangeException>(() => polynomial.AsOrder(1));
        Assert.Equal(polynomial.Coefficients.ToArray(), polynomial.AsOrder(2).Coefficients.ToArray());
    }

    [Fact]
    public void FromAffine_RenderPythonGolden_OrdersParamsAsTranslationThenMatrixRow()
    {
        // test_Polynomial_from_affine: M00=.9, M10=-0.2, M01=0.3, M11=.85, B0=245.3, B1=-234.1.
        var polynomial = PolynomialTransform2D.FromAffine(0.9, -0.2, 0.3, 0.85, 245.3, -234.1);
        double x = 10, y = 20;

        polynomial.ApplyInPlace(ref x, ref y);

        Assert.Equal(1, polynomial.Order);
        Assert.Equal([245.3, 0.9, 0.3, -234.1, -0.2, 0.85], polynomial.Coefficients.ToArray());
        Assert.Equal(245.3 + (0.9 * 10) + (0.3 * 20), x, 1e-12);
        Assert.Equal(-234.1 + (-0.2 * 10) + (0.85 * 20), y, 1e-12);
    }

    [Fact]
    public void Constructor_WrongCoefficientCount_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PolynomialTransform2D(2, [1, 2, 3], [1, 2, 3, 4, 5, 6]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PolynomialTransform2D(-1, [], []));
    }

    /// <summary>mpicbg's populateTerms and applyInPlace, written out as Java runs them.</summary>
    private static (double X, double Y) ApplyAsMpicbg(double[] a, int order, double x, double y)
    {
        var terms = new double[PolynomialTransform2D.TermCountOf(order) - 1];
        if (order > 0)
        {
            terms[0] = x;
            terms[1] = y;
            for (int o = 2, i = 2; o <= order; ++o, i += o)
            {
                for (var p = 0; p < o; ++p)
                {
                    terms[i + p] = terms[i + p - o] * x;
                }

                terms[i + o] = terms[i - 1] * y;
            }
        }

        var u = a[0];
        for (var i = 0; i < terms.Length; i++)
        {
            u += terms[i] * a[i + 1];
        }

        var yOffset = terms.Length + 1;
        var v = a[yOffset];
        for (var i = 0; i < terms.Length; i++)
        {
            v += terms[i] * a[i + 1 + yOffset];
        }

        return (u, v);
    }
}
