using Render.Imaging.Rendering;
using Render.Imaging.Tests.Filters;
using Render.Model;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Tests.Rendering;

/// <summary>Multi-channel tiles rendered with render's <c>channels</c> weights (AveragedChannelMipmapSource).</summary>
public sealed class ChannelAverageTests
{
    private static readonly InMemoryTileLoader Loader = new(new Dictionary<string, Imaging.Pixels.Raster>
    {
        ["dapi"] = Images.Gray8(4, [.. Enumerable.Repeat(100, 16)]),
        ["tomato"] = Images.Gray8(4, [.. Enumerable.Repeat(200, 16)]),
    });

    private static readonly TileSpec TwoChannelTile = new(
        TileId: "t",
        Width: 4,
        Height: 4,
        Channels:
        [
            new ChannelSpec("DAPI", MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("dapi"))),
            new ChannelSpec("TdTomato", MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("tomato"))),
        ]);

    [Fact]
    public void Render_WeightedChannels_SumsValueTimesWeightAndTruncates()
    {
        using var canvas = Render("DAPI__0.7__TdTomato__0.3");

        // Floats as in render: (int)(100·0.7f) = 70, then (int)(200·0.3f + 70) = 130; the mask is
        // (int)(0.7f·255) = 178, then (int)((0.3f + 178/255f)·255) = (int)254.5 = 254.
        Assert.NotNull(canvas);
        Assert.Equal((130, 254), (canvas.Image.Gray![1, 1], canvas.Mask![1, 1]));
    }

    [Fact]
    public void Render_WeightsBelowOne_AreNotNormalised()
    {
        using var canvas = Render("DAPI__0.5__TdTomato__0.25");

        // 50 + 50 = 100 (no division by the 0.75 total); mask (int)127.5 = 127, then (int)((0.25f + 127/255f)·255) = (int)190.75.

        Assert.NotNull(canvas);
        Assert.Equal((100, 190), (canvas.Image.Gray![2, 2], canvas.Mask![2, 2]));
    }

    [Theory]
    [InlineData("DAPI", 100)]
    [InlineData("TdTomato", 200)]
    [InlineData("TdTomato__0.3", 200)]
    public void Render_OneChannel_IsThatChannelUnweighted(string channels, int expected)
    {
        using var canvas = Render(channels);

        Assert.NotNull(canvas);
        Assert.Equal(expected, canvas.Image.Gray![1, 2]);
        Assert.Null(canvas.Mask);
    }

    [Fact]
    public void Render_WeightsAboveOne_AreRefused()
    {
        var exception = Assert.Throws<RenderInputException>(() => Render("DAPI__0.7__TdTomato__0.4"));

        Assert.Contains("The sum of all weights must be less than or equal to 1.0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ChannelNoTileHas_IsSkipped()
    {
        using var canvas = Render("DAPI__0.5__GFP__0.5");

        Assert.NotNull(canvas);
        Assert.Equal((50, 127), (canvas.Image.Gray![1, 1], canvas.Mask![1, 1]));
    }

    [Theory]
    [InlineData("DAPI__0.7__TdTomato__0.3")]
    [InlineData("TdTomato")]
    [InlineData("TdTomato__1.0")]
    [InlineData("")]
    public void Render_ChannelsParsedOnceBeforehand_DrawsWhatTheParametersSay(string channels)
    {
        var parameters = new RenderParameters(Width: 4, Height: 4, SkipInterpolation: true, Channels: channels, TileSpecs: [TwoChannelTile]);

        using var prepared = new CanvasRenderer(Loader, 1).Render(parameters, ChannelNamesAndWeights.Parse(channels));
        using var plain = Render(channels);

        Assert.Equal(plain?.Image.Gray![1, 1], prepared?.Image.Gray![1, 1]);
        Assert.Equal(plain?.Mask?[1, 1], prepared?.Mask?[1, 1]);
    }

    private static Canvas? Render(string channels) =>
        new CanvasRenderer(Loader, 1).Render(new RenderParameters(Width: 4, Height: 4, SkipInterpolation: true, Channels: channels, TileSpecs: [TwoChannelTile]));
}
