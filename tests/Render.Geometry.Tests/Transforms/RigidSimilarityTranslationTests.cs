using Render.Geometry.Fitting;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class RigidSimilarityTranslationTests
{
    private static readonly (double[] X, double[] Y) Points = AffineModel2DTests.RandomPoints(50, 1);

    [Fact]
    public void Similarity_Rotation90_FitsScaleOneAndMinusHalfPi()
    {
        // render-python's test_similarity_rot_90: a 90-degree clockwise rotation of the unit square.
        var pairs = new PointPairs([0, 0, 1, 1], [0, 1, 0, 1], [0, 1, 0, 1], [0, 0, -1, -1]);

        var model = SimilarityModel2D.Fit(pairs);
        var d = model.ToAffineModel().Decompose();

        Assert.Equal(1, d.ScaleX, 1e-5);
        Assert.Equal(1, d.ScaleY, 1e-5);
        Assert.Equal(-Math.PI / 2, d.Rotation, 1e-6);
        Assert.Equal(0, d.TranslationX, 1e-6);
        Assert.Equal(0, d.TranslationY, 1e-6);
        Assert.Equal(0, d.ShearX, 1e-6);
    }

    [Fact]
    public void Similarity_InverseAfterForward_IsIdentity()
    {
        var model = SimilarityModel2D.Fit(new PointPairs([0, 0, 1, 1], [0, 1, 0, 1], [0, 1, 0, 1], [0, 0, -1, -1]));
        double[] xs = [20, 1, 10, -4, 5.6], ys = [30, 2, -5, 3, 2.3];
        var (x0, y0) = (xs.ToArray(), ys.ToArray());

        model.ApplyInPlace(xs.AsSpan(), ys.AsSpan());
        model.ApplyInverseInPlace(xs.AsSpan(), ys.AsSpan());

        Assert.Equal(x0, xs, new ToleranceComparer(1e-12));
        Assert.Equal(y0, ys, new ToleranceComparer(1e-12));
    }

    [Theory]
    [InlineData(0.7, 1.3)]
    [InlineData(-2.9, 0.4)]
    public void Fit_ExactSimilarity_IsRecovered(double theta, double scale)
    {
        var target = new SimilarityModel2D(scale * Math.Cos(theta), scale * Math.Sin(theta), 0.25, -0.5);

        var fitted = SimilarityModel2D.Fit(PairsThrough(target));

        Assert.Equal(target.ToAffineModel().ToArray(), fitted.ToAffineModel().ToArray(), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void Fit_ExactRigid_IsRecovered()
    {
        var target = RigidModel2D.FromAngle(2.1, 0.7, -0.2);

        var fitted = RigidModel2D.Fit(PairsThrough(target));

        Assert.Equal(target.ToAffineModel().ToArray(), fitted.ToAffineModel().ToArray(), new ToleranceComparer(1e-12));
        Assert.Equal(2.1, fitted.Angle, 1e-12);
    }

    [Fact]
    public void Fit_ExactTranslation_IsRecovered()
    {
        var fitted = TranslationModel2D.Fit(PairsThrough(new TranslationModel2D(0.3, 0.9)));

        Assert.Equal((0.3, 0.9), (fitted.Tx, fitted.Ty), new TupleToleranceComparer(1e-12));
    }

    [Fact]
    public void Fit_CoincidentPoints_SaysWhy()
    {
        var coincident = new PointPairs([1, 1], [2, 2], [3, 3], [4, 4]);

        Assert.Contains("coincide", Assert.Throws<FitException>(() => RigidModel2D.Fit(coincident)).Message, StringComparison.Ordinal);
        Assert.Contains("coincide", Assert.Throws<FitException>(() => SimilarityModel2D.Fit(coincident)).Message, StringComparison.Ordinal);
        Assert.Equal("a rigid model needs at least 2 point pairs, got 1", Assert.Throws<FitException>(() => RigidModel2D.Fit(new PointPairs([1], [1], [1], [1]))).Message);
        Assert.Equal("a translation model needs at least 1 point pairs, got 0", Assert.Throws<FitException>(() => TranslationModel2D.Fit(new PointPairs([], [], [], []))).Message);
    }

    [Fact]
    public void Parse_ReadsJavaFloats()
    {
        // render parses these three classes with Float.parseFloat: 1108.6772 becomes 1108.677246...
        var translation = TranslationModel2D.Parse("1108.6772 10");
        var rigid = RigidModel2D.Parse($"{Math.PI / 2} 10 5");
        var similarity = SimilarityModel2D.Parse("2.0 0.0 10 5");

        Assert.Equal((double)1108.6772f, translation.Tx);
        Assert.Equal("1108.67724609375 10.0", translation.ToDataString());
        Assert.Equal(10, rigid.Tx);
        Assert.Equal(Math.Cos((double)(float)(Math.PI / 2)), rigid.Cos);
        Assert.True(Math.Abs(rigid.Cos) < 1e-7);
        Assert.Equal(2, similarity.ToAffineModel().M00);
        Assert.Equal(10, similarity.ToAffineModel().M02);
    }

    [Fact]
    public void ToDataString_Rigid_WritesAngleAndTranslation()
    {
        var rigid = RigidModel2D.Parse("0.5 3 4");

        Assert.Equal("0.5 3.0 4.0", rigid.ToDataString());
        Assert.Equal(rigid.ToAffineModel().ToArray(), RigidModel2D.Parse(rigid.ToDataString()).ToAffineModel().ToArray());
    }

    [Theory]
    [InlineData("1 2")]
    [InlineData("1 2 3 4")]
    public void Parse_Rigid_WrongFieldCount_IsRefused(string dataString)
    {
        Assert.Throws<TransformDataException>(() => RigidModel2D.Parse(dataString));
    }

    [Fact]
    public void Apply_RigidAndSimilarity_EqualTheirAffineBitForBit()
    {
        IAffine2D[] models = [RigidModel2D.FromAngle(0.3, 5, -7), new SimilarityModel2D(1.1, -0.4, 3, 9), new TranslationModel2D(2.5, -1.5)];
        foreach (var model in models)
        {
            var (x, y) = (Points.X.ToArray(), Points.Y.ToArray());
            var (ax, ay) = (Points.X.ToArray(), Points.Y.ToArray());

            model.ApplyInPlace(x.AsSpan(), y.AsSpan());
            model.ToAffineModel().ApplyInPlace(ax.AsSpan(), ay.AsSpan());

            Assert.Equal(ax, x);
            Assert.Equal(ay, y);
        }
    }

    private static PointPairs PairsThrough(ICoordinateTransform target)
    {
        var (qx, qy) = (Points.X.ToArray(), Points.Y.ToArray());
        target.ApplyInPlace(qx.AsSpan(), qy.AsSpan());
        return new PointPairs(Points.X, Points.Y, qx, qy);
    }
}
