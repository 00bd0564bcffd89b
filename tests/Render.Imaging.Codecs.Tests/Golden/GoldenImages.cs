using NetVips;

namespace Render.Imaging.Codecs.Tests.Golden;

/// <summary>Decoded pixels of expected images, for comparisons with a stated tolerance.</summary>
internal static class GoldenImages
{
    /// <summary>The image's bands as an array of bytes or shorts widened to int, band-interleaved.</summary>
    public static (int Width, int Height, int Bands, int[] Values) Read(string path)
    {
        using var image = Image.NewFromFile(path);
        var values = image.Format == Enums.BandFormat.Ushort
            ? image.WriteToMemory<ushort>().Select(v => (int)v).ToArray()
            : image.WriteToMemory<byte>().Select(v => (int)v).ToArray();
        return (image.Width, image.Height, image.Bands, values);
    }

    /// <summary>The same, from encoded bytes.</summary>
    public static (int Width, int Height, int Bands, int[] Values) Read(byte[] encoded)
    {
        using var image = Image.NewFromBuffer(encoded);
        var values = image.Format == Enums.BandFormat.Ushort
            ? image.WriteToMemory<ushort>().Select(v => (int)v).ToArray()
            : image.WriteToMemory<byte>().Select(v => (int)v).ToArray();
        return (image.Width, image.Height, image.Bands, values);
    }
}
