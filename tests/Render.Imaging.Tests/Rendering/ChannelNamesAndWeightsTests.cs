using Render.Imaging.Rendering;
using Render.Model;

namespace Render.Imaging.Tests.Rendering;

public sealed class ChannelNamesAndWeightsTests
{
    [Fact]
    public void Parse_Pairs_KeepsOrderAndWeights()
    {
        var channels = ChannelNamesAndWeights.Parse("DAPI__0.7__TdTomato__0.3");

        Assert.Equal([("DAPI", 0.7), ("TdTomato", 0.3)], channels.Channels);
    }

    [Theory]
    [InlineData(null, 0)]
    [InlineData("", 0)]
    [InlineData("DAPI", 1)]
    public void Parse_NoneOrOneName_HasThatManyChannels(string? text, int count) =>
        Assert.Equal(count, ChannelNamesAndWeights.Parse(text).Count);

    [Theory]
    [InlineData("DAPI__0.6__GFP__0.5", "Channel GFP weight 0.5 is too large.")]
    [InlineData("DAPI__x", "invalid weight 'x' for channel DAPI")]
    [InlineData("DAPI__0.5__GFP", "channel GFP has no weight")]
    public void Parse_BadWeights_AreRefused(string text, string message)
    {
        var exception = Assert.Throws<RenderInputException>(() => ChannelNamesAndWeights.Parse(text));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }
}
