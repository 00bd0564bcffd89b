using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class JavaIntegerParseTests
{
    [Theory]
    [InlineData("5", 5)]
    [InlineData("+7", 7)]
    [InlineData("-21", -21)]
    [InlineData("007", 7)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    [InlineData("\u0663\u0664", 34)]
    public void ParseInt_JavaIntegers_AreRead(string text, int expected)
    {
        Assert.Equal(expected, JavaIntegerParse.ParseInt(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("+")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("5.0")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999")]
    public void ParseInt_NotAJavaInteger_FailsWithJavasMessage(string text)
    {
        Assert.False(JavaIntegerParse.TryParseInt(text, out _));
        var error = Assert.Throws<FormatException>(() => JavaIntegerParse.ParseInt(text));
        Assert.Equal($"For input string: \"{text}\"", error.Message);
    }
}
