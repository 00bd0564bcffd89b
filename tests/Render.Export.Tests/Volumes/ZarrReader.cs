using System.IO.Compression;
using System.Text.Json;

namespace Render.Export.Tests.Volumes;

/// <summary>A minimal Zarr v2 reader for the check: uint8, C order, "/" separator, zlib or no compressor.</summary>
internal static class ZarrReader
{
    /// <summary>Slice <paramref name="z"/> of the array at <paramref name="arrayPath"/>, rows of x.</summary>
    public static byte[,] Slice(string arrayPath, long z)
    {
        using var meta = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(arrayPath, ".zarray")));
        var root = meta.RootElement;
        Assert.Equal("|u1", root.GetProperty("dtype").GetString());
        Assert.Equal("C", root.GetProperty("order").GetString());
        Assert.Equal("/", root.GetProperty("dimension_separator").GetString());
        var shape = root.GetProperty("shape").EnumerateArray().Select(e => e.GetInt64()).ToArray();
        var chunks = root.GetProperty("chunks").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var zlib = root.GetProperty("compressor").ValueKind != JsonValueKind.Null;
        var slice = new byte[shape[1], shape[2]];
        var cz = z / chunks[0];
        for (var cy = 0; cy * chunks[1] < shape[1]; cy++)
        {
            for (var cx = 0; cx * chunks[2] < shape[2]; cx++)
            {
                var file = Path.Combine(arrayPath, cz.ToString(System.Globalization.CultureInfo.InvariantCulture), cy.ToString(System.Globalization.CultureInfo.InvariantCulture), cx.ToString(System.Globalization.CultureInfo.InvariantCulture));
                if (!File.Exists(file))
                {
                    continue;
                }

                var bytes = File.ReadAllBytes(file);
                var data = new byte[chunks[0] * chunks[1] * chunks[2]];
                using (var stream = zlib ? (Stream)new ZLibStream(new MemoryStream(bytes), CompressionMode.Decompress) : new MemoryStream(bytes))
                {
                    stream.ReadExactly(data);
                }

                var k = (int)(z - (cz * chunks[0]));
                for (var j = 0; j < chunks[1] && (cy * chunks[1]) + j < shape[1]; j++)
                {
                    for (var i = 0; i < chunks[2] && (cx * chunks[2]) + i < shape[2]; i++)
                    {
                        slice[(cy * chunks[1]) + j, (cx * chunks[2]) + i] = data[(((k * chunks[1]) + j) * chunks[2]) + i];
                    }
                }
            }
        }

        return slice;
    }
}
