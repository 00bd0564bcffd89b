using System.Buffers;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NetVips;
using Render.Imaging.Pixels;

namespace Render.Imaging.Codecs.Decoding;

/// <summary>
/// Decodes image files into rasters with ImageJ's choice of processor: one 8-bit band is grey,
/// one 16-bit band is 16-bit grey, three or four bands are RGB (a three-component JPEG stays RGB
/// even when it looks grey, as ImageJ opens it). Alpha bands are dropped; a multi-page TIFF gives
/// the asked page.
/// </summary>
public static class ImageDecoder
{
    /// <summary>Decodes <paramref name="bytes"/> (PNG, TIFF, JPEG, GIF, PGM...); <paramref name="page"/> is 0-based.</summary>
    /// <exception cref="ArgumentException">The bytes are not a supported image.</exception>
    public static Raster Decode(byte[] bytes, int page = 0, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var image = Open(bytes, page);
            return ToRaster(image, name);
        }
        catch (VipsException exception)
        {
            throw new ArgumentException($"cannot decode image {name}: {FirstLine(exception.Message)}", exception);
        }
    }

    /// <summary>
    /// <see cref="Decode"/> for a consumer that uses the pixels once (dispose the result): one-band
    /// 8-bit grey stays bytes in a pooled array, anything else is the raster <see cref="Decode"/> gives.
    /// </summary>
    /// <exception cref="ArgumentException">The bytes are not a supported image.</exception>
    public static TransientImage DecodeTransient(byte[] bytes, int page = 0, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var image = Open(bytes, page);
            return image.Bands == 1 && image.Format == Enums.BandFormat.Uchar
                ? TransientImage.OfGray8(image.Width, image.Height, CopyFromVips(image, image.Width * image.Height))
                : TransientImage.Of(ToRaster(image, name));
        }
        catch (VipsException exception)
        {
            throw new ArgumentException($"cannot decode image {name}: {FirstLine(exception.Message)}", exception);
        }
    }

    // Sequential access: every consumer streams the pixels top to bottom once, and libvips'
    // sequential load of a 2048² TIFF takes about half the time of its random-access load.
    private static Image Open(byte[] bytes, int page) => page > 0
        ? Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, kwargs: new VOption { { "page", page } })
        : Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);

    /// <summary>The number of pages (TIFF directories) in <paramref name="bytes"/>.</summary>
    public static int PageCount(byte[] bytes)
    {
        using var image = Image.NewFromBuffer(bytes);
        return image.Contains("n-pages") ? (int)image.Get("n-pages") : 1;
    }

    private static Raster ToRaster(Image image, string? name)
    {
        int width = image.Width, height = image.Height, bands = image.Bands;
        if (image.Format is Enums.BandFormat.Float or Enums.BandFormat.Double or Enums.BandFormat.Complex or Enums.BandFormat.Dpcomplex)
        {
            throw new ArgumentException($"image {name} has floating-point pixels, which this renderer does not support");
        }

        var sixteen = image.Format is Enums.BandFormat.Ushort or Enums.BandFormat.Short or Enums.BandFormat.Uint or Enums.BandFormat.Int;
        if (bands == 1 && image.Format == Enums.BandFormat.Uchar)
        {
            // The common EM tile: straight out of the decoder, without a copy and a cast in the pipeline.
            return Raster.OfGray(PixelBuffer<ushort>.Wrap(width, height, WidenFromVips(image, width * height)), sixteenBit: false);
        }

        if (bands <= 2)
        {
            using var grey = bands == 2 ? image.ExtractBand(0) : image.Copy();
            using var cast = grey.Cast(sixteen ? Enums.BandFormat.Ushort : Enums.BandFormat.Uchar);
            ushort[] pixels;
            if (sixteen)
            {
                pixels = cast.WriteToMemory<ushort>();
            }
            else
            {
                pixels = Widen(cast.WriteToMemory<byte>());
            }

            return Raster.OfGray(PixelBuffer<ushort>.Wrap(width, height, pixels), sixteen);
        }

        using var rgb = image.ExtractBand(0, 3);
        using var eight = sixteen ? (rgb / 256).Cast(Enums.BandFormat.Uchar) : rgb.Cast(Enums.BandFormat.Uchar);
        var interleaved = eight.WriteToMemory<byte>();
        var packed = new int[width * height];
        for (var i = 0; i < packed.Length; i++)
        {
            packed[i] = unchecked((int)0xff000000) | (interleaved[3 * i] << 16) | (interleaved[(3 * i) + 1] << 8) | interleaved[(3 * i) + 2];
        }

        return Raster.OfRgb(PixelBuffer<int>.Wrap(width, height, packed));
    }

    private static ushort[] Widen(byte[] bytes)
    {
        var pixels = GC.AllocateUninitializedArray<ushort>(bytes.Length);
        Widen(bytes, pixels);
        return pixels;
    }

    /// <summary>
    /// The decoded bytes widened to ushort without a managed byte array per image: libvips' buffer is
    /// copied into a pooled one (a 4 MB array per 2048² tile on the large object heap was a good part
    /// of the decode time) and widened 32 pixels at a time.
    /// </summary>
    private static ushort[] WidenFromVips(Image image, int length)
    {
        var bytes = CopyFromVips(image, length);
        try
        {
            var pixels = GC.AllocateUninitializedArray<ushort>(length);
            Widen(bytes.AsSpan(0, length), pixels);
            return pixels;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    /// <summary>A one-band 8-bit image's pixels in a pooled array of at least <paramref name="length"/> bytes (return it).</summary>
    private static byte[] CopyFromVips(Image image, int length)
    {
        var memory = image.WriteToMemory(out var size);
        var bytes = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            if (size < (ulong)length)
            {
                throw new ArgumentException($"libvips gave {size} bytes for {length} pixels");
            }

            Marshal.Copy(memory, bytes, 0, length);
            return bytes;
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
        finally
        {
            global::NetVips.NetVips.Free(memory);
        }
    }

    private static void Widen(ReadOnlySpan<byte> from, Span<ushort> to)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= from.Length - Vector256<byte>.Count; i += Vector256<byte>.Count)
            {
                var (lower, upper) = Vector256.Widen(Vector256.Create(from.Slice(i, Vector256<byte>.Count)));
                lower.CopyTo(to[i..]);
                upper.CopyTo(to[(i + Vector256<ushort>.Count)..]);
            }
        }

        for (; i < from.Length; i++)
        {
            to[i] = from[i];
        }
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim();
}
