using Render.Imaging.Pixels;

namespace Render.Imaging.Tests.Filters;

/// <summary>Small rasters for filter tests, written out row by row.</summary>
internal static class Images
{
    /// <summary>An 8-bit grey raster of <paramref name="width"/> columns.</summary>
    public static Raster Gray8(int width, params int[] values) => Gray(width, values, sixteenBit: false);

    /// <summary>A 16-bit grey raster of <paramref name="width"/> columns.</summary>
    public static Raster Gray16(int width, params int[] values) => Gray(width, values, sixteenBit: true);

    /// <summary>An RGB raster of <paramref name="width"/> columns (packed 0xAARRGGBB values).</summary>
    public static Raster Rgb(int width, params int[] values) =>
        Raster.OfRgb(PixelBuffer<int>.Wrap(width, values.Length / width, [.. values]));

    /// <summary>A width×height 8-bit ramp, pixel (x, y) = x + width·y.</summary>
    public static Raster Ramp(int width, int height) => Gray8(width, [.. Enumerable.Range(0, width * height)]);

    /// <summary>The grey values, row-major.</summary>
    public static int[] Values(Raster raster) => [.. raster.Gray!.Pixels.ToArray().Select(v => (int)v)];

    private static Raster Gray(int width, int[] values, bool sixteenBit) =>
        Raster.OfGray(PixelBuffer<ushort>.Wrap(width, values.Length / width, [.. values.Select(v => (ushort)v)]), sixteenBit);
}
