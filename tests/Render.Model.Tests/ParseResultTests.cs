namespace Render.Model.Tests;

public sealed class ParseResultTests
{
    [Fact]
    public void ForValue_HoldsTheValue()
    {
        var result = ParseResult<int>.ForValue(3);

        Assert.True(result.Success);
        Assert.Null(result.Error);
        Assert.Equal(3, result.Value);
        Assert.Equal(3, result.GetValueOrThrow());
        Assert.Equal("3", result.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);
    }

    [Fact]
    public void ForError_HoldsTheMessage()
    {
        var result = ParseResult<int>.ForError("bad input");

        Assert.False(result.Success);
        Assert.Equal("bad input", result.Error);
        Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Equal("bad input", Assert.Throws<RenderInputException>(() => result.GetValueOrThrow()).Message);
        Assert.Equal("bad input", result.Select(v => v + 1).Error);
    }

    [Fact]
    public void ForError_EmptyMessage_IsAProgrammingError()
    {
        Assert.Throws<ArgumentException>(() => ParseResult<int>.ForError(""));
    }
}
