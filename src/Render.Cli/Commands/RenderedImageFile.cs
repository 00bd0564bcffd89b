using Render.Export.Files;
using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Output;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Rendering;

namespace Render.Cli.Commands;

/// <summary>
/// The image files render's section client and ArgbRenderer write, by the format name they are
/// given (png, jpg or jpeg, tif or tiff; png16 and tif16 for 16-bit grey): the extension is the
/// name (render writes <c>{z}.{format}</c>), and an 8-bit image is saved as render's Utils.saveImage
/// saves it (TIFF as RGB; PNG and JPEG as grey with convertToGray).
/// </summary>
internal sealed record RenderedImageFile(string Extension, ImageFileFormat? EightBit, OutputFormat? SixteenBit)
{
    /// <exception cref="ArgumentException">An unknown format.</exception>
    public static RenderedImageFile Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lower = name.ToLowerInvariant();
        return lower switch
        {
            "png" => new(lower, ImageFileFormat.Png, null),
            "jpg" or "jpeg" => new(lower, ImageFileFormat.Jpeg, null),
            "tif" or "tiff" => new(lower, ImageFileFormat.Tiff, null),
            "png16" => new("png", null, OutputFormat.Png16),
            "tif16" or "tiff16" => new("tif", null, OutputFormat.Tiff16),
            _ => throw new ArgumentException($"unknown image format '{name}' (use png, jpg, tif, png16 or tif16)"),
        };
    }

    /// <summary>
    /// Renders <paramref name="parameters"/> and encodes the result; a TIFF with a
    /// <paramref name="calibration"/> (pixel width, height and unit) carries it as ImageJ writes it.
    /// </summary>
    public byte[] Render(CanvasRenderer renderer, RenderParameters parameters, bool convertToGray, float quality, (double Width, double Height, string Unit)? calibration = null)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        using var canvas = renderer.Render(parameters);
        if (SixteenBit is { } sixteen)
        {
            using var gray = Gray16Output.Create(canvas, parameters);
            return ImageEncoder.EncodeGray16(gray, sixteen);
        }

        using var argb = ArgbOutput.Create(canvas, parameters);
        return Encode(argb, convertToGray, quality, calibration);
    }

    /// <summary>render's ArgbRenderer with <c>--in</c>: the rendering drawn over the image at <paramref name="input"/>, at the input's size.</summary>
    /// <exception cref="ArgumentException">A 16-bit format (render draws into an 8-bit image), or the input cannot be read.</exception>
    public byte[] RenderInto(string input, CanvasRenderer renderer, RenderParameters parameters, bool convertToGray, float quality)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        if (SixteenBit is not null)
        {
            throw new ArgumentException($"--in draws into an 8-bit image; a 16-bit {Extension} output cannot be used with it");
        }

        using var target = InputTargetImage.Open(input);
        using var canvas = renderer.Render(parameters);
        using var argb = ArgbOutput.Create(canvas, parameters);
        InputTargetImage.DrawOver(target, argb);
        return Encode(target, convertToGray, quality, null);
    }

    private byte[] Encode(PixelBuffer<int> argb, bool convertToGray, float quality, (double Width, double Height, string Unit)? calibration) =>
        EightBit == ImageFileFormat.Tiff && calibration is { } c
            ? ImageFileWriter.EncodeTiffWithResolution(argb, c.Width, c.Height, c.Unit)
            : ImageFileWriter.EncodeArgb(argb, EightBit!.Value, convertToGray, quality);
}
