namespace Render.Storage.Relational.Tests;

public sealed class CodePointOrderTests
{
    [Theory]
    [InlineData("a", "b", -1)]
    [InlineData("ab", "a", 1)]
    [InlineData("", "a", -1)]
    [InlineData("x", "x", 0)]
    [InlineData("\uFFFD", "\U00010000", -1)]
    [InlineData("\uE000", "\uD7FF", 1)]
    [InlineData("\U0001F600", "\U0001F601", -1)]
    public void Compare_TwoIds_OrdersByCodePoint(string x, string y, int expected)
    {
        Assert.Equal(expected, Math.Sign(CodePointOrder.Instance.Compare(x, y)));
        Assert.Equal(-expected, Math.Sign(CodePointOrder.Instance.Compare(y, x)));
    }

    [Fact]
    public void Range_Ids_AreTheSmallestAndLargestByCodePoint()
    {
        Assert.Equal(("a", "\U00010000"), CodePointOrder.Instance.Range(["b", "\U00010000", "a", "\uFFFD"]));
        Assert.Throws<ArgumentException>(() => CodePointOrder.Instance.Range([]));
    }
}
