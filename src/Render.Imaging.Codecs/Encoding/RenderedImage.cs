using Render.Imaging.Output;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Imaging.Codecs.Encoding;

/// <summary>Renders parameters and encodes the result: ARGB for 8-bit formats, 16-bit grey for the *16 formats (render's ArgbRenderer or ShortRenderer).</summary>
public static class RenderedImage
{
    /// <summary>The encoded image.</summary>
    public static byte[] Encode(CanvasRenderer renderer, RenderParameters parameters, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return Encode(renderer, parameters, ChannelNamesAndWeights.Parse(parameters.Channels), format);
    }

    /// <summary>The encoded image of parameters whose channels are already parsed (a prepared request parses them once).</summary>
    public static byte[] Encode(CanvasRenderer renderer, RenderParameters parameters, ChannelNamesAndWeights channels, OutputFormat format)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(parameters);
        using var canvas = renderer.Render(parameters, channels);
        if (format.Is16Bit())
        {
            using var gray = Gray16Output.Create(canvas, parameters);
            return ImageEncoder.EncodeGray16(gray, format);
        }

        using var argb = ArgbOutput.Create(canvas, parameters);
        return ImageEncoder.EncodeArgb(argb, format, parameters.Quality, parameters.ConvertToGray);
    }
}
