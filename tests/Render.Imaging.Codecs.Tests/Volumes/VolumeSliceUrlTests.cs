using Render.Imaging.Codecs.Volumes;

namespace Render.Imaging.Codecs.Tests.Volumes;

public sealed class VolumeSliceUrlTests
{
    [Fact]
    public void ParsesRendersN5Example()
    {
        // The URL of render's stitch-test/test_n5_small.json.
        var slice = VolumeSliceUrl.Parse(
            "file:///nrs/flyem/render/n5?dataSet=/Z0720_07m_BR/render/Sec07/v3_acquire_trimmed_align_ic___20210826_210937/s0&x=512&y=640&z=1656&w=128&h=128");

        Assert.Equal(
            new VolumeSliceUrl("file:///nrs/flyem/render/n5", "/Z0720_07m_BR/render/Sec07/v3_acquire_trimmed_align_ic___20210826_210937/s0", 512, 640, 1656, 128, 128),
            slice);
    }

    [Fact]
    public void MissingValuesTakeTheirDefaultsAndEscapesAreDecoded()
    {
        var slice = VolumeSliceUrl.Parse("file:///data/a.h5?dataSet=%2Fgroup%2F0-0-0&z=0");

        Assert.Equal(new VolumeSliceUrl("file:///data/a.h5", "/group/0-0-0", 0, 0, 0, null, null), slice);
    }

    [Theory]
    [InlineData("file:///data/a.n5", "missing its container path and/or dataSet")]
    [InlineData("file:///data/a.n5?x=1", "missing its container path and/or dataSet")]
    [InlineData("file:///data/a.n5?dataSet=s0&z=-1", "invalid z value '-1'")]
    [InlineData("file:///data/a.n5?dataSet=s0&w=wide", "invalid w value 'wide'")]
    [InlineData("file:///data/a.n5?dataSet=s0&h=3000000000", "invalid h value '3000000000'")]
    public void RefusesIncompleteOrInvalidUrls(string url, string message)
    {
        var exception = Assert.Throws<ArgumentException>(() => VolumeSliceUrl.Parse(url));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }
}
