using Render.Geometry.Transforms;
using Render.Imaging.Rendering;

namespace Render.Imaging.Tests.Rendering;

/// <summary>render's UtilsTest.testSampleAverageScaleAndBestMipmapLevel: a 2560×2160 tile, mesh cell 64.</summary>
public sealed class MipmapLevelsTests
{
    public static TheoryData<double, int> Levels => new()
    {
        { 1.0, 0 }, { 0.5, 1 }, { 0.4, 1 }, { 0.25, 2 }, { 0.125, 3 }, { 0.05, 4 }, { 0.0625, 4 }, { 0.0001, 13 },
    };

    [Theory]
    [MemberData(nameof(Levels))]
    public void BestMipmapLevel_IdentityTileAtScale_IsRendersLevel(double scale, int level) =>
        Assert.Equal(level, LevelFor(AffineModel2D.Identity, scale));

    [Theory]
    [MemberData(nameof(Levels))]
    public void BestMipmapLevel_FlippedTileAtScale_IsRendersLevel(double scale, int level) =>
        Assert.Equal(level, LevelFor(new AffineModel2D(1, 0, 0, -1, 0, 2160), scale));

    [Fact]
    public void SampleAverageScale_TooFewSamples_IsOne() =>
        Assert.Equal(1.0, MipmapLevels.SampleAverageScale(new AffineModel2D(0.5, 0, 0, 0.5, 0, 0), 10, 10, 64));

    [Fact]
    public void ScaleLevelTransform_Level2_ScalesByFourAroundBlockCentres()
    {
        double x = 0, y = 0;
        MipmapLevels.ScaleLevelTransform(2).ApplyInPlace(ref x, ref y);
        Assert.Equal((1.5, 1.5), (x, y));
    }

    private static int LevelFor(AffineModel2D tile, double scale)
    {
        var transform = new CoordinateTransformList([tile, new AffineModel2D(scale, 0, 0, scale, 0, 0)]);
        return MipmapLevels.BestMipmapLevel(MipmapLevels.SampleAverageScale(transform, 2560, 2160, 64));
    }
}
