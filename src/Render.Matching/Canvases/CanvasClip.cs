using Render.Model.PointMatches;
using Render.Model.Rendering;

namespace Render.Matching.Canvases;

/// <summary>
/// render's montage canvas clipping (FeatureRenderClipParameters with the canvas's
/// MontageRelativePosition): only the strip of a canvas next to its montage neighbour is rendered
/// for features. A LEFT canvas keeps its right <see cref="Width"/> full-scale pixels, a RIGHT canvas
/// its left ones; a TOP canvas keeps its bottom <see cref="Height"/> pixels, a BOTTOM canvas its top
/// ones. A size across the other direction (a width for a TOP canvas) clips nothing, as in render.
/// Matches found in the strip are moved back by <see cref="Clipped.Offsets"/> (full-scale pixels,
/// render's CanvasId clipOffsets) so that they are stored in the whole canvas's coordinates.
/// </summary>
/// <param name="Position">Where this canvas lies relative to the other one of its pair (null: unknown, which clipping refuses as render does).</param>
/// <param name="Width">Full-scale pixels kept of LEFT/RIGHT canvases (render's <c>--clipWidth</c>), or null.</param>
/// <param name="Height">Full-scale pixels kept of TOP/BOTTOM canvases (render's <c>--clipHeight</c>), or null.</param>
public sealed record CanvasClip(MontageRelativePosition? Position, int? Width, int? Height)
{
    /// <summary>The clip of both canvases of a pair whose p canvas lies at <paramref name="pPosition"/> (q at the opposite side).</summary>
    /// <exception cref="ArgumentException">A size is not positive.</exception>
    public static (CanvasClip P, CanvasClip Q) ForPair(MontageRelativePosition pPosition, int? width, int? height)
    {
        var p = new CanvasClip(pPosition, width, height);
        p.Validate();
        return (p, p with { Position = Opposite(pPosition) });
    }

    /// <summary>
    /// A match trial's clip (render's FeatureAndMatchParameters pClipPosition and clipPixels): the
    /// pixels are a height for TOP/BOTTOM and a width for LEFT/RIGHT; null when neither is given.
    /// </summary>
    /// <exception cref="ArgumentException">Only one of the two is given, or the pixels are not positive (render's messages).</exception>
    public static (CanvasClip P, CanvasClip Q)? ForTrial(MontageRelativePosition? pClipPosition, int? clipPixels)
    {
        if (pClipPosition is not { } position)
        {
            return clipPixels is null ? null : throw new ArgumentException("pClipPosition must be defined when clipPixels is defined");
        }

        var pixels = clipPixels ?? throw new ArgumentException("clipPixels must be defined when pClipPosition is defined");
        return position is MontageRelativePosition.Top or MontageRelativePosition.Bottom
            ? ForPair(position, null, pixels)
            : ForPair(position, pixels, null);
    }

    /// <summary>render's MontageRelativePosition.getOpposite.</summary>
    public static MontageRelativePosition Opposite(MontageRelativePosition position) => position switch
    {
        MontageRelativePosition.Top => MontageRelativePosition.Bottom,
        MontageRelativePosition.Bottom => MontageRelativePosition.Top,
        MontageRelativePosition.Left => MontageRelativePosition.Right,
        _ => MontageRelativePosition.Left,
    };

    /// <summary>Throws when a size is given but not positive.</summary>
    /// <exception cref="ArgumentException">A size below 1.</exception>
    public void Validate()
    {
        if (Width is < 1 || Height is < 1)
        {
            throw new ArgumentException($"clip sizes must be positive numbers of full-scale pixels, not width {Width?.ToString() ?? "-"} and height {Height?.ToString() ?? "-"}");
        }
    }

    /// <summary>
    /// The clipped parameters (render's CanvasIdWithRenderContext.clipRenderParameters: the box moved
    /// and narrowed in full-scale pixels, the scale kept) and the offsets to add to full-scale match
    /// coordinates found in them (render's CanvasId.setClipOffsets).
    /// </summary>
    /// <exception cref="ArgumentException">The position is unknown (render refuses it the same way).</exception>
    public Clipped Apply(RenderParameters parameters, string canvasName)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        Validate();
        var position = Position ?? throw new ArgumentException($"cannot set clip offsets for canvas {canvasName} because relative position is unknown");
        return position switch
        {
            MontageRelativePosition.Left or MontageRelativePosition.Right when Width is { } width =>
                Along(parameters, position == MontageRelativePosition.Left ? parameters.Width - width : 0, 0, width, parameters.Height),
            MontageRelativePosition.Top or MontageRelativePosition.Bottom when Height is { } height =>
                Along(parameters, 0, position == MontageRelativePosition.Top ? parameters.Height - height : 0, parameters.Width, height),
            _ => new Clipped(parameters, (0, 0)),
        };
    }

    private static Clipped Along(RenderParameters parameters, double offsetX, double offsetY, int width, int height) =>
        new(parameters with { X = parameters.X + offsetX, Y = parameters.Y + offsetY, Width = width, Height = height }, (offsetX, offsetY));

    /// <summary>Clipped render parameters and the full-scale offsets of their matches.</summary>
    /// <param name="Parameters">The strip to render.</param>
    /// <param name="Offsets">Added to full-scale coordinates found in the strip.</param>
    public sealed record Clipped(RenderParameters Parameters, (double X, double Y) Offsets);
}
