using Render.Geometry.Numerics;
using Render.Imaging.Pixels;

namespace Render.Imaging.Rendering;

/// <summary>
/// render's AveragedChannelMipmapSource: several rendered channels become one, each pixel the
/// sum over channels of value·alpha·weight, and the mask the sum of alpha·weight (alpha is a
/// channel's mask/255, or 1 where it has none). There is no division by the total weight.
/// </summary>
/// <remarks>
/// As in render the arithmetic is in floats and stored with ImageJ's <c>setf(index, v)</c>, which
/// truncates: weights 0.7 and 0.3 over full masks give a mask of 254, not 255. The result has the
/// kind and display range of the first channel; a channel of another kind is converted to it first
/// through its display range (render converts each tile as it maps it).
/// </remarks>
internal static class ChannelAverage
{
    /// <summary>The average of the channels <paramref name="renderChannel"/> draws, in order, or null when none has pixels.</summary>
    public static Canvas? Render(ChannelNamesAndWeights channels, Func<string, Canvas?> renderChannel)
    {
        Canvas? result = null;
        try
        {
            foreach (var (name, weight) in channels.Channels)
            {
                using var channel = renderChannel(name);
                if (channel is null)
                {
                    continue;
                }

                result ??= CreateLike(channel);
                Add(channel, (float)weight, result);
            }

            return result;
        }
        catch
        {
            result?.Dispose();
            throw;
        }
    }

    private static Canvas CreateLike(Canvas first)
    {
        var result = Canvas.Create(first.Image.Kind, first.Width, first.Height, withMask: true);
        result.Range = first.Range;
        return result;
    }

    /// <summary>AveragedChannelMipmapSource.averageChannelAndAlphaPixels for every pixel.</summary>
    private static void Add(Canvas channel, float weight, Canvas target)
    {
        var source = RasterConversion.Convert(channel.Image, channel.Range, target.Image.Kind);
        var sourceMask = channel.Mask?.Array;
        var targetMask = target.Mask!.Array;
        var length = target.Width * target.Height;
        for (var i = 0; i < length; i++)
        {
            var alpha = sourceMask is null ? 1f : sourceMask[i] / 255f;
            var weighted = alpha * weight;
            if (weighted > 0)
            {
                var intensity = (float)(Value(source, i) * weighted) + Value(target.Image, i);
                var coverage = weighted + (targetMask[i] / 255f);
                Store(target.Image, i, (float)intensity);
                targetMask[i] = (byte)JavaMath.ToInt((float)(coverage * 255f));
            }
        }
    }

    /// <summary>ImageJ's <c>getf(index)</c>: grey values as they are, an RGB pixel as its packed int.</summary>
    private static float Value(Raster image, int index) => image.Gray is { } gray ? gray.Array[index] : image.Rgb!.Array[index];

    /// <summary>ImageJ's <c>setf(index, v)</c>: truncated toward zero, then cut to the pixel type.</summary>
    private static void Store(Raster image, int index, float value)
    {
        var truncated = JavaMath.ToInt(value);
        if (image.Gray is { } gray)
        {
            gray.Array[index] = (ushort)(image.Kind == PixelKind.Gray8 ? truncated & 0xff : truncated & 0xffff);
        }
        else
        {
            image.Rgb!.Array[index] = truncated;
        }
    }
}
