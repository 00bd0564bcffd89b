using System.IO.Compression;
using Render.Geometry.Numerics;

namespace Render.Geometry.Tests.Numerics;

public sealed class DoubleArrayCodecTests
{
    [Fact]
    public void Decode_RawToken_ReadsBigEndianDoubles()
    {
        // render-python's test_encode64 ("Stephan's '@' character").
        Assert.Equal([3.14159, -1.0], DoubleArrayCodec.Decode("@QAkh+fAbhm6/8AAAAAAAAA=="));
    }

    [Fact]
    public void EncodeThenDecode_ReturnsTheSameValues()
    {
        double[] values = [1, 3, 3.14159, -4, 10];

        Assert.Equal(values, DoubleArrayCodec.Decode(DoubleArrayCodec.Encode(values)));
    }

    [Fact]
    public void Encode_CompressibleValues_WritesADeflatedToken()
    {
        var token = DoubleArrayCodec.Encode(new double[100]);

        Assert.NotEqual(DoubleArrayCodec.RawPrefix, token[0]);
        Assert.True(token.Length < 100 * 8 / 3, $"expected a deflated token, got {token.Length} characters");
        Assert.Equal(new double[100], DoubleArrayCodec.Decode(token));
    }

    [Fact]
    public void Encode_IncompressibleValues_FallsBackToRawToken()
    {
        // One double does not shrink under deflate (the zlib header alone takes 6 bytes).
        var token = DoubleArrayCodec.Encode([3.14159]);

        Assert.Equal("@QAkh+fAbhm4=", token);
    }

    [Fact]
    public void Encode_Empty_IsTheBareRawPrefix()
    {
        Assert.Equal("@", DoubleArrayCodec.Encode([]));
        Assert.Empty(DoubleArrayCodec.Decode("@"));
    }

    [Fact]
    public void Decode_JavaDeflatedToken_ReadsTheValues()
    {
        // Any zlib stream is accepted: this one is built with the platform's own zlib at level 9.
        var raw = Convert.FromBase64String("QAkh+fAbhm6/8AAAAAAAAA==");
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.SmallestSize))
        {
            zlib.Write(raw);
        }

        Assert.Equal([3.14159, -1.0], DoubleArrayCodec.Decode(Convert.ToBase64String(output.ToArray())));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("@not base64!", "base64")]
    [InlineData("QUJD", "zlib")]
    [InlineData("@QUJD", "multiple of 8")]
    public void Decode_BadToken_ThrowsFormatExceptionNamingTheProblem(string token, string problem)
    {
        var error = Assert.Throws<FormatException>(() => DoubleArrayCodec.Decode(token));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }
}
