using Render.Imaging.Pixels;

namespace Render.Imaging.Codecs.Volumes;

/// <summary>
/// render's N5SliceLoader semantics over any volume data set: the window of one slice becomes an
/// ImageJ processor, 8-bit data as 8-bit grey, and signed 16-bit data, which render only meets as
/// converted FIB-SEM <c>.dat</c> files, as 16-bit grey of <c>32768 − value</c> (clamped to 0..65535).
/// Unsigned 16-bit data, which render refuses, is read as it is. Float data would need a float
/// processor, which this renderer does not have, so it is refused like every other type.
/// </summary>
internal static class VolumeSlice
{
    /// <summary>The slice <paramref name="slice"/> names in <paramref name="dataSet"/>.</summary>
    /// <exception cref="ArgumentException">The window or slice lies outside the data set, or its type is not supported.</exception>
    public static Raster Load(IVolumeDataSet dataSet, VolumeSliceUrl slice, string url)
    {
        var dimensions = dataSet.Dimensions;
        var rank = slice.Z is null ? 2 : 3;
        if (dimensions.Count != rank)
        {
            throw new ArgumentException(
                $"volume slice '{url}': data set '{slice.DataSet}' has {dimensions.Count} dimensions, but {(slice.Z is null ? "without z" : "with z")} it must have {rank}");
        }

        var width = slice.Width ?? (int)Math.Min(dimensions[0], int.MaxValue);
        var height = slice.Height ?? (int)Math.Min(dimensions[1], int.MaxValue);
        var z = slice.Z ?? 0;
        if (width < 1 || height < 1 || (long)width * height > int.MaxValue / 2
            || slice.X + width > dimensions[0] || slice.Y + height > dimensions[1] || (rank == 3 && z >= dimensions[2]))
        {
            throw new ArgumentException(
                $"volume slice '{url}': the window {slice.X},{slice.Y} {width}x{height} at z {z} is not inside data set '{slice.DataSet}' of size {string.Join('x', dimensions)}");
        }

        if (dataSet.DataType is not (VolumeDataType.UInt8 or VolumeDataType.Int16 or VolumeDataType.UInt16))
        {
            throw new ArgumentException($"volume slice '{url}': dataType {dataSet.DataTypeName} is not supported (uint8, int16 and uint16 are)");
        }

        var values = dataSet.Read(slice.X, slice.Y, z, width, height);
        var pixels = new ushort[width * height];
        switch (values)
        {
            case byte[] bytes:
                for (var i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = bytes[i];
                }

                break;
            case short[] shorts:
                for (var i = 0; i < pixels.Length; i++)
                {
                    pixels[i] = (ushort)Math.Min(32768 - shorts[i], ushort.MaxValue);
                }

                break;
            case ushort[] unsigned:
                unsigned.CopyTo(pixels, 0);
                break;
            default:
                throw new InvalidOperationException($"a {dataSet.DataType} data set returned {values.GetType().Name}");
        }

        return Raster.OfGray(PixelBuffer<ushort>.Wrap(width, height, pixels), sixteenBit: dataSet.DataType != VolumeDataType.UInt8);
    }
}
