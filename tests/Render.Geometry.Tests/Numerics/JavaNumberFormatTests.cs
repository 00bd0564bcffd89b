using System.Globalization;
using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class JavaNumberFormatTests
{
    // Expected strings are what Java 19+ prints for Double.toString(v).
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.0, "0.0")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(2560.0, "2560.0")]
    [InlineData(100.0, "100.0")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(1108.6772, "1108.6772")]
    [InlineData(123456.789, "123456.789")]
    [InlineData(9999999.0, "9999999.0")]
    [InlineData(12345678.9, "1.23456789E7")]
    [InlineData(1e7, "1.0E7")]
    [InlineData(-1e7, "-1.0E7")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0009, "9.0E-4")]
    [InlineData(1e-5, "1.0E-5")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(6.344304427022081E12, "6.344304427022081E12")]
    [InlineData(3.5047883910111513E9, "3.5047883910111513E9")]
    [InlineData(1e15, "1.0E15")]
    [InlineData(1e21, "1.0E21")]
    [InlineData(123456789012345680.0, "1.2345678901234568E17")]
    [InlineData(double.MaxValue, "1.7976931348623157E308")]
    [InlineData(double.Epsilon, "4.9E-324")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void FormatDouble_KnownValue_MatchesJava(double value, string expected)
    {
        Assert.Equal(expected, JavaNumberFormat.FormatDouble(value));
    }

    // Expected strings are what Java prints for Float.toString(f).
    [Theory]
    [InlineData(0.85f, "0.85")]
    [InlineData(1.0f, "1.0")]
    [InlineData(0.1f, "0.1")]
    [InlineData(3.14159f, "3.14159")]
    [InlineData(16777216f, "1.6777216E7")]
    [InlineData(1e7f, "1.0E7")]
    [InlineData(float.MaxValue, "3.4028235E38")]
    [InlineData(float.Epsilon, "1.4E-45")]
    [InlineData(-0.0f, "-0.0")]
    public void FormatFloat_KnownValue_MatchesJava(float value, string expected)
    {
        Assert.Equal(expected, JavaNumberFormat.FormatFloat(value));
    }

    [Fact]
    public void FormatDouble_RandomBitPatterns_ReadBackExactly()
    {
        var random = new Random(20261123);
        Span<byte> bits = stackalloc byte[8];
        for (var i = 0; i < 20_000; i++)
        {
            random.NextBytes(bits);
            var value = BitConverter.ToDouble(bits);
            if (!double.IsFinite(value))
            {
                continue;
            }

            var text = JavaNumberFormat.FormatDouble(value);
            Assert.Equal(value, double.Parse(text, CultureInfo.InvariantCulture));
            Assert.Contains('.', text);
        }
    }

    [Fact]
    public void FormatFloat_RandomBitPatterns_ReadBackExactly()
    {
        var random = new Random(7);
        for (var i = 0; i < 20_000; i++)
        {
            var value = BitConverter.Int32BitsToSingle(random.Next(int.MinValue, int.MaxValue));
            if (!float.IsFinite(value))
            {
                continue;
            }

            Assert.Equal(value, float.Parse(JavaNumberFormat.FormatFloat(value), CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void FormatDouble_PlainRange_HasNoExponentAndOneFractionDigitAtLeast()
    {
        Assert.Equal("1000000.0", JavaNumberFormat.FormatDouble(1e6));
        Assert.Equal("0.0012", JavaNumberFormat.FormatDouble(0.0012));
        Assert.Equal("5.0E-4", JavaNumberFormat.FormatDouble(5e-4));
    }
}
