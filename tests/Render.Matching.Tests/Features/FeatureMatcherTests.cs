using Render.Matching.Features;

namespace Render.Matching.Tests.Features;

/// <summary>The integer nearest-descriptor search against OpenCV's brute-force matcher on the same descriptors.</summary>
public sealed class FeatureMatcherTests
{
    [Theory]
    [InlineData(0.92f)]
    [InlineData(0.7f)]
    public void RatioTest_WholeNumberDescriptors_SameCandidatesAsOpenCv(float rod)
    {
        var random = new Random(3);
        var q = Features(random, 500, null);
        var p = Features(random, 400, q);
        Assert.NotNull(p.IntegerDescriptors);

        var ours = FeatureMatcher.RatioTest(p.IntegerDescriptors!, q.IntegerDescriptors!, 128, rod);
        var openCv = FeatureMatcher.OpenCvRatioTest(p, q, rod);

        Assert.True(openCv.Count > 100, $"only {openCv.Count} candidates");
        Assert.Equal(openCv, ours);
    }

    [Fact]
    public void CanvasFeatures_FractionalDescriptors_NoIntegerCopy()
    {
        var descriptors = new float[128];
        descriptors[5] = 0.5f;

        var features = new CanvasFeatures([1], [1], descriptors, 128);

        Assert.Null(features.IntegerDescriptors);
    }

    /// <summary>Random descriptors, or with <paramref name="near"/> noisy copies of its first rows (matches) and random rows.</summary>
    private static CanvasFeatures Features(Random random, int count, CanvasFeatures? near)
    {
        var values = new float[count * 128];
        for (var i = 0; i < count; i++)
        {
            for (var k = 0; k < 128; k++)
            {
                values[(i * 128) + k] = near is not null && i % 2 == 0
                    ? Math.Clamp(near.Descriptors[(i * 128) + k] + random.Next(-12, 13), 0, 255)
                    : random.Next(0, 256);
            }
        }

        var xs = Enumerable.Range(0, count).Select(i => (float)i).ToArray();
        return new CanvasFeatures(xs, xs, values, 128);
    }
}
