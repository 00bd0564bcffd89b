using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Render.Model.Json;
using Render.Model.PointMatches;

namespace Render.Model.Tests.PointMatches;

public sealed class PackedMatchesTests
{
    [Theory]
    [InlineData("""{"p":[[1.0,2.25],[5,6]],"q":[[3,4],[1e-7,-0]],"w":[1,0.50]}""")]
    [InlineData("""{"p":[[-0.0,4.9E-324],[1.7976931348623157E308,-1.0E-300]],"q":[[1E+2,2e-5],[123456789012345678901234567890,0]],"w":[1.0,2.0]}""")]
    [InlineData("""{"p":[null,[1,2]],"w":["NaN",1]}""")]
    [InlineData("""{"w":["Infinity","-Infinity",0.1]}""")]
    [InlineData("""{"p":[[],[]],"q":[[],[]],"w":[]}""")]
    [InlineData("""{"q":[[3]],"p":[[1.50]]}""")]
    [InlineData("""{}""")]
    [InlineData("""{"p":[[1]]}""")]
    public void Unpack_Packed_WritesTheSameTextAndArrays(string json)
    {
        var matches = RenderJson.Parse<Matches>(json).GetValueOrThrow();

        var unpacked = PackedMatches.Unpack(PackedMatches.Pack(matches));

        Assert.Equal(matches.ToUtf8Json().ToArray(), unpacked.ToUtf8Json().ToArray());
        Assert.Equal(RenderJson.Serialize(matches), RenderJson.Serialize(unpacked));
        Assert.Equal(matches.WeightCount, unpacked.WeightCount);
        Assert.Equal(matches.P, unpacked.P);
        Assert.Equal(matches.Q, unpacked.Q);
        Assert.Equal(matches.W, unpacked.W);
        Assert.Equal(RenderJson.Serialize(matches.Swapped()), RenderJson.Serialize(unpacked.Swapped()));
    }

    [Theory]
    [InlineData("""{"p":[[1.0,2.25],[5,6]],"w":[1,0.50]}""")]
    [InlineData("""{"p":[[1.0,2.25],[5,6]],"w":[1,0.5]}""")]
    [InlineData("""{"p":[[1E5,2e-5,"NaN",3.5E+2],[1,"Infinity"]],"q":[["-Infinity",7.25E-3],[9,10]],"w":[1,2]}""")]
    [InlineData("""{"p":[[1.0E5,22e-5,"NaN",3.5E+22],[1,"Infinity"]],"q":[["-Infinity",7.25E-3],[9,10]],"w":[1,2,3]}""")]
    public void Pack_EscapesAtEitherNibble_GivesTheNibbleStreamAndUnpacks(string json)
    {
        // Escaped characters ('E', 'N', quotes...) at even and odd nibbles, odd and even text lengths:
        // the byte-at-a-time paths must give the stream one nibble at a time gives.
        var matches = RenderJson.Parse<Matches>(json).GetValueOrThrow();
        var text = matches.ToUtf8Json().ToArray();
        var nibbles = new List<int>();
        foreach (var character in text)
        {
            var code = "0123456789.,-[]"u8.IndexOf(character);
            nibbles.AddRange(code >= 0 ? [code] : [15, character >> 4, character & 0xF]);
        }

        if (nibbles.Count % 2 == 1)
        {
            nibbles.Add(0);
        }

        var expected = Enumerable.Range(0, nibbles.Count / 2).Select(i => (byte)((nibbles[2 * i] << 4) | nibbles[(2 * i) + 1])).ToArray();

        var packed = PackedMatches.Pack(matches);

        Assert.True(packed.AsSpan().EndsWith(expected));
        Assert.Equal(text, PackedMatches.Unpack(packed).ToUtf8Json().ToArray());
    }

    [Fact]
    public void Pack_ManyRandomMatches_HalfTheTextAndUnpacksToIt()
    {
        var random = new Random(7);
        var text = new StringBuilder("""{"p":[[""");
        for (var i = 0; i < 300; i++)
        {
            text.Append(i == 0 ? "" : ",").Append((random.NextDouble() * 4096 - 2048).ToString("R", CultureInfo.InvariantCulture));
        }

        text.Append("]],\"w\":[").AppendJoin(',', Enumerable.Repeat("1.0", 300)).Append("]}");
        var matches = RenderJson.Parse<Matches>(text.ToString()).GetValueOrThrow();

        var packed = PackedMatches.Pack(matches);

        Assert.InRange(packed.Length, 1, (matches.ToUtf8Json().Length / 2) + 40);
        Assert.Equal(301u, BinaryPrimitives.ReadUInt32LittleEndian(packed.AsSpan(PackedMatches.WeightCountOffset)));
        Assert.Equal(matches.ToUtf8Json().ToArray(), PackedMatches.Unpack(packed).ToUtf8Json().ToArray());
        Assert.Equal(300, PackedMatches.Unpack(packed).WeightCount);
    }

    [Fact]
    public void Pack_BuiltFromArrays_StoresTheTextJavaStyle()
    {
        var built = new Matches([[1.5, -0.0]], [[double.NaN, 1e-5]], [1.0, 2.0]);

        var unpacked = PackedMatches.Unpack(PackedMatches.Pack(built));

        Assert.Equal("""{"p":[[1.5,-0.0]],"q":[["NaN",1.0E-5]],"w":[1.0,2.0]}""", RenderJson.Serialize(unpacked));
        Assert.Equal(2, unpacked.WeightCount);
    }

    [Fact]
    public void Pack_NoWeights_StoresZeroForTheCount()
    {
        var packed = PackedMatches.Pack(RenderJson.Parse<Matches>("""{"p":[[1]]}""").GetValueOrThrow());

        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(packed.AsSpan(PackedMatches.WeightCountOffset)));
        Assert.Null(PackedMatches.Unpack(packed).WeightCount);
    }

    [Fact]
    public void Unpack_JsonStoredBeforePacking_ReadsIt()
    {
        var matches = PackedMatches.Unpack("""{"p":[[1.0]],"q":[[2]],"w":[0.50]}"""u8);

        Assert.Equal("""{"p":[[1.0]],"q":[[2]],"w":[0.50]}""", RenderJson.Serialize(matches));
        Assert.Equal(1, matches.WeightCount);
    }

    [Fact]
    public void Unpack_Truncated_FailsAsCorrupt()
    {
        var packed = PackedMatches.Pack(RenderJson.Parse<Matches>("""{"p":[[1.25,2.5]],"w":[1,1]}""").GetValueOrThrow());

        Assert.Throws<InvalidDataException>(() => PackedMatches.Unpack(packed.AsSpan(0, packed.Length - 3)));
        Assert.Throws<InvalidDataException>(() => PackedMatches.Unpack(packed.AsSpan(0, 3)));
    }
}
