using Render.Geometry.Numerics;
using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

public sealed class ThinPlateSplineTransformDataStringTests
{
    public static TheoryData<string, int, bool> FixtureFiles => new()
    {
        { "render-python/thin_plate_spline.json", 995, false },
        { "render-python/thin_plate_spline_affine.json", 100, true },
        { "render-python/thin_plate_from_rough.json", 25, true },
    };

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Parse_Fixture_ReadsHeaderAndBlocks(string file, int landmarks, bool hasAffine)
    {
        var transform = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf(file));

        Assert.Equal(landmarks, transform.LandmarkCount);
        Assert.Equal(hasAffine, transform.HasAffine);
        Assert.Equal(landmarks, transform.WeightsY.Length);
        Assert.Equal("mpicbg.trakem2.transform.ThinPlateSplineTransform", transform.ClassName);
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void ToDataString_Unchanged_ReturnsTheFixtureByteForByte(string file, int landmarks, bool hasAffine)
    {
        var dataString = Fixtures.DataStringOf(file);

        var transform = ThinPlateSplineTransform.Parse(dataString);

        Assert.Equal(dataString, transform.ToDataString());
        Assert.Equal(landmarks, transform.LandmarkCount);
        Assert.Equal(hasAffine, transform.HasAffine);
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void ReEncoded_ParsesToTheSameNumbers(string file, int landmarks, bool hasAffine)
    {
        var original = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf(file));
        var rebuilt = new ThinPlateSplineTransform(original.SourceX, original.SourceY, original.WeightsX, original.WeightsY, original.Affine);

        var reread = ThinPlateSplineTransform.Parse(rebuilt.ToDataString());

        Assert.Equal(landmarks, reread.LandmarkCount);
        Assert.Equal(hasAffine, reread.HasAffine);
        Assert.Equal(original.SourceX.ToArray(), reread.SourceX.ToArray());
        Assert.Equal(original.SourceY.ToArray(), reread.SourceY.ToArray());
        Assert.Equal(original.WeightsX.ToArray(), reread.WeightsX.ToArray());
        Assert.Equal(original.WeightsY.ToArray(), reread.WeightsY.ToArray());
        Assert.Equal(original.Affine.ToArray(), reread.Affine.ToArray());
    }

    [Fact]
    public void WithAffine_Zero_KeepsThePointsBlockAndRoundTrips()
    {
        // render-python's test_thinplatespline: aMtx = 0, bVec = 0, then re-parse.
        var dataString = Fixtures.DataStringOf("render-python/thin_plate_spline.json");
        var transform = ThinPlateSplineTransform.Parse(dataString).WithAffine(new double[6]);

        var written = transform.ToDataString();
        var reread = ThinPlateSplineTransform.Parse(written);

        Assert.Equal(dataString.Split(' ')[^1], written.Split(' ')[^1]);
        Assert.NotEqual("null", written.Split(' ')[3]);
        Assert.Equal(new double[6], reread.Affine.ToArray());
        Assert.Equal(written, reread.ToDataString());
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, -4)]
    public void Parse_HeaderDisagreesWithBlocks_ThrowsTransformDataException(int field, int change)
    {
        // render-python's test_thinplatespline: ndims + 1 or nLm − 4 must be refused.
        var fields = ThinPlateSplineTransform.Parse(Fixtures.DataStringOf("render-python/thin_plate_spline.json"))
            .WithAffine(new double[6]).ToDataString().Split(' ');
        fields[field] = (int.Parse(fields[field], System.Globalization.CultureInfo.InvariantCulture) + change).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<TransformDataException>(() => ThinPlateSplineTransform.Parse(string.Join(' ', fields)));

        Assert.Contains(ThinPlateSplineTransform.JavaClassName, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ThinPlateSplineR2LogR 2 1 null", "5 fields")]
    [InlineData("ThinPlateSplineR2LogR 3 0 null @", "2-dimensional")]
    [InlineData("ThinPlateSplineR2LogR 2 x null @", "nLm is not an integer")]
    [InlineData("ThinPlateSplineR2LogR 2 -1 null @", "negative")]
    [InlineData("ThinPlateSplineR2LogR 2 1 null @QAkh+fAbhm4=", "points block holds 1 values")]
    [InlineData("ThinPlateSplineR2LogR 2 0 @QAkh+fAbhm4= @", "affine block holds 1 values")]
    [InlineData("ThinPlateSplineR2LogR 2 1 null !!!", "cannot decode the points block")]
    public void Parse_Malformed_ThrowsTransformDataExceptionNamingTheProblem(string dataString, string problem)
    {
        var error = Assert.Throws<TransformDataException>(() => ThinPlateSplineTransform.Parse(dataString));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoLandmarks_IsTheIdentity()
    {
        var transform = ThinPlateSplineTransform.Parse("ThinPlateSplineR2LogR 2 0 null @");
        double x = 12.5, y = -3;

        transform.ApplyInPlace(ref x, ref y);

        Assert.Equal((12.5, -3.0), (x, y));
        Assert.Equal("ThinPlateSplineR2LogR 2 0 null @", transform.ToDataString());
    }

    [Fact]
    public void ToDataString_Fitted_WritesHeaderAndDecodableBlocks()
    {
        var transform = new ThinPlateSplineTransform([0, 10], [0, 5], [0.5, -0.5], [1, 2], [0.1, 0, 0, 0.1, 3, 4]);

        var fields = transform.ToDataString().Split(' ');

        Assert.Equal(["ThinPlateSplineR2LogR", "2", "2"], fields[..3]);
        Assert.Equal([0.1, 0, 0, 0.1, 3, 4], DoubleArrayCodec.Decode(fields[3]));
        Assert.Equal([0, 0, 10, 5, 0.5, -0.5, 1, 2], DoubleArrayCodec.Decode(fields[4]));
    }
}
