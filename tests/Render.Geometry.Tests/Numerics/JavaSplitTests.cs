using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class JavaSplitTests
{
    [Theory]
    [InlineData("1  0\t0 1 ", new[] { "1", "0", "0", "1" })]
    [InlineData(" 1 0", new[] { "", "1", "0" })]
    [InlineData("a", new[] { "a" })]
    [InlineData("", new[] { "" })]
    public void OnWhitespace_BehavesAsJavaSplitOnWhitespaceRuns(string text, string[] expected)
    {
        Assert.Equal(expected, JavaSplit.OnWhitespace(text));
    }

    [Theory]
    [InlineData("1  0\t0 1 ")]
    [InlineData(" 1 0")]
    [InlineData("a")]
    [InlineData("")]
    [InlineData(" \t ")]
    [InlineData("0.5 -1e3\r\n7")]
    public void OnWhitespace_Ranges_AreTheTokensOfTheStringSplit(string text)
    {
        var expected = JavaSplit.OnWhitespace(text);
        var ranges = new Range[expected.Length + 1];

        var count = JavaSplit.OnWhitespace(text.AsSpan(), ranges);

        Assert.Equal(expected, ranges[..count].Select(range => text[range]));
        Assert.Equal(expected.Length, JavaSplit.OnWhitespace(text.AsSpan(), ranges.AsSpan(0, 1)));
    }

    [Fact]
    public void On_SingleSpace_KeepsEmptyTokensBetweenDoubleSpaces()
    {
        Assert.Equal(["5", "", "21", "x"], JavaSplit.On("5  21 x ", ' '));
    }

    [Fact]
    public void OnCommasOrSpaces_SplitsSingleDimensionData()
    {
        Assert.Equal(["3.26097", "0.0060185", "0.30164", "0"], JavaSplit.OnCommasOrSpaces("3.26097,0.0060185, 0.30164,0"));
    }
}
