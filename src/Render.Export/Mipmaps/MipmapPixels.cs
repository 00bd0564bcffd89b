using Render.Imaging.Pixels;

namespace Render.Export.Mipmaps;

/// <summary>
/// render's MipmapClient.getGrayBufferedImage: the level is given the channel's display range and
/// saved as 8-bit grey when maxIntensity is below 256 (ImageJ's convertToByteProcessor: 8-bit
/// unchanged, 16-bit through the range, RGB stretched by the range then the mean of R, G, B),
/// otherwise as 16-bit grey (8-bit values copied unscaled).
/// </summary>
internal static class MipmapPixels
{
    public static Raster ToSaved(Raster level, double minIntensity, double maxIntensity)
    {
        var range = new DisplayRange(minIntensity, maxIntensity);
        var source = RasterConversion.StretchRgb(level, range);
        return RasterConversion.Convert(source, range, maxIntensity < 256 ? PixelKind.Gray8 : PixelKind.Gray16);
    }
}
