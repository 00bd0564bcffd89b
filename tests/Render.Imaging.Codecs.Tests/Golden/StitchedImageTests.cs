using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Output;
using Render.Imaging.Rendering;
using Render.Model.Rendering;
using Xunit.Abstractions;

namespace Render.Imaging.Codecs.Tests.Golden;

/// <summary>render's ShortRendererTest and ArgbRendererTest stitching cases against their expected images.</summary>
public sealed class StitchedImageTests(ITestOutputHelper output)
{
    private static CanvasRenderer Renderer() => new(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache()));

    [Fact]
    public void Render16Bit_TwoTilesAtHalfScale_MatchesExpectedBitExactly()
    {
        var parameters = new RenderParameters(Width: 700, Height: 400, Scale: 0.5, TileSpecs: Fixtures.Tiles("stitch-test/16_bit_tiles.json"));

        using var canvas = Renderer().Render(parameters);
        using var gray = Gray16Output.Create(canvas, parameters);
        var png = ImageEncoder.EncodeGray16(gray, OutputFormat.Png16);

        var expected = GoldenImages.Read(Fixtures.File("stitch-test/expected_stitched_16_bit.png"));
        var actual = GoldenImages.Read(png);
        Assert.Equal((350, 200, 1), (actual.Width, actual.Height, actual.Bands));
        var differing = expected.Values.Zip(actual.Values).Count(pair => pair.First != pair.Second);
        output.WriteLine($"{differing} of {expected.Values.Length} pixels differ");
        Assert.Equal(0, differing);
    }

    [Fact]
    public void RenderJpeg_FourMaskedTilesFromLevel1_MatchesExpectedWithinTolerance()
    {
        var parameters = new RenderParameters(Width: 4576, Height: 4173, Scale: 0.05, TileSpecs: Fixtures.Tiles("stitch-test/test_4_tiles_level_1.json"));

        using var canvas = Renderer().Render(parameters);
        using var argb = ArgbOutput.Create(canvas, parameters);
        var jpeg = ImageEncoder.EncodeArgb(argb, OutputFormat.Jpeg, parameters.Quality);

        var expected = GoldenImages.Read(Fixtures.File("stitch-test/expected_stitched_4_tiles.jpg"));
        var actual = GoldenImages.Read(jpeg);
        Assert.Equal((expected.Width, expected.Height, expected.Bands), (actual.Width, actual.Height, actual.Bands));
        var differences = expected.Values.Zip(actual.Values).Select(pair => Math.Abs(pair.First - pair.Second)).ToArray();
        var mean = differences.Average();
        output.WriteLine($"mean |difference| {mean:F3}, max {differences.Max()}");
        Assert.True(mean <= JpegTolerance.Mean, $"mean difference {mean}");
        Assert.True(differences.Max() <= JpegTolerance.Max, $"largest difference {differences.Max()}");
    }
}
