using Render.Geometry.Transforms;

namespace Render.Geometry.Tests.Transforms;

/// <summary>
/// Every leaf transform in the reference fixtures (398 of them, 8 classes): it parses, writes a data
/// string that parses to the same transform (the same numbers: the same results at every point,
/// bit for bit), and that string is stable when written again.
/// </summary>
public sealed class FixtureTransformRoundTripTests
{
    /// <summary>
    /// Warp fields in an older layout without the x and y offsets: render's parser reads the
    /// interpolator class name as the row count and fails, and so do we (with a clearer message).
    /// </summary>
    private static readonly HashSet<string> FilesWithLegacyWarpFields =
    [
        "render-app/warp-field-test/montage_warp_tiles_rotate.json",
        "render-app/warp-field-test/montage_warp_tiles_translate.json",
    ];

    public static TheoryData<string> FixtureFiles() =>
        [.. Fixtures.FindLeafTransforms().Select(leaf => leaf.File).Distinct()];

    [Fact]
    public void Fixtures_EveryLeafClass_IsKnown()
    {
        var classes = Fixtures.FindLeafTransforms().Select(leaf => leaf.ClassName).Distinct().Order().ToList();

        Assert.All(classes, className => Assert.True(TransformRegistry.IsKnown(className), className));
        Assert.Equal(7, classes.Count);
    }

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Parse_Write_Parse_GivesTheSameTransform(string file)
    {
        foreach (var (_, className, dataString) in Fixtures.FindLeafTransforms().Where(leaf => leaf.File == file))
        {
            if (FilesWithLegacyWarpFields.Contains(file) && className == AffineWarpFieldTransform.JavaClassName)
            {
                Assert.Contains("row count is not an integer", Assert.Throws<TransformDataException>(() => TransformRegistry.Create(className, dataString)).Message, StringComparison.Ordinal);
                continue;
            }

            var first = TransformRegistry.Create(className, dataString);
            var written = first.ToDataString();
            var second = TransformRegistry.Create(className, written);

            Assert.Equal(written, second.ToDataString());
            Assert.Equal(className, second.ClassName);
            Assert.Equal(Map(first), Map(second));
        }
    }

    private static double[] Map(ICoordinateTransform transform)
    {
        double[] x = [0, 30, 1280, 2559, 700.5, -50, 4000, 50000.25, 46214];
        double[] y = [0, 40, 1080, 2159, 1900.25, 3000, -20, 60000.75, 39961];
        transform.ApplyInPlace(x.AsSpan(), y.AsSpan());
        return [.. x, .. y];
    }
}
