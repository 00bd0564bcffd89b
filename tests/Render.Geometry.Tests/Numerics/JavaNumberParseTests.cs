using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class JavaNumberParseTests
{
    [Theory]
    [InlineData("1108.6772", 1108.6772)]
    [InlineData(" 2.5 ", 2.5)]
    [InlineData("+3", 3.0)]
    [InlineData("-0.5", -0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1.0E-5", 1e-5)]
    [InlineData("7d", 7.0)]
    [InlineData("7.f", 7.0)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("Infinity", double.PositiveInfinity)]
    [InlineData("-Infinity", double.NegativeInfinity)]
    [InlineData("0x1.8p1", 3.0)]
    [InlineData("-0x10p-4", -1.0)]
    public void ParseDouble_JavaLiteral_IsRead(string text, double expected)
    {
        Assert.Equal(expected, JavaNumberParse.ParseDouble(text));
    }

    [Fact]
    public void ParseDouble_NaN_IsRead()
    {
        Assert.True(double.IsNaN(JavaNumberParse.ParseDouble("NaN")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("1e")]
    [InlineData("--1")]
    [InlineData("inf")]
    [InlineData("1 2")]
    [InlineData(".")]
    public void ParseDouble_NotJava_FailsWithJavasMessage(string text)
    {
        var error = Assert.Throws<FormatException>(() => JavaNumberParse.ParseDouble(text));

        Assert.Equal($"For input string: \"{text}\"", error.Message);
    }

    [Fact]
    public void ParseFloat_RoundsToFloat32()
    {
        // render parses TranslationModel2D as floats: "1108.6772" becomes 1108.677246...
        Assert.Equal(1108.677246f, JavaNumberParse.ParseFloat("1108.6772"));
        Assert.Equal(1108.677246094, (double)JavaNumberParse.ParseFloat("1108.6772"), 9);
    }
}
