using Render.Imaging.Pixels;

namespace Render.Imaging.Filters;

/// <summary>
/// One of render's image filters (<c>org.janelia.alignment.filter.*</c>): it changes the pixels of
/// one loaded channel in place, after render's <c>setMinAndMax</c> and before mapping.
/// Implementations are immutable; they keep no state between calls.
/// </summary>
public interface IImageFilter
{
    /// <summary>Filters <paramref name="image"/> in place.</summary>
    /// <param name="image">The channel at its loaded mipmap level (grey or RGB).</param>
    /// <param name="range">What ImageJ's <c>getMin</c>/<c>getMax</c> return for the image (its display range).</param>
    /// <param name="scale">The mipmap scale, 1/2^level; filters with a radius scale it by this, rounded as render does.</param>
    void Process(Raster image, DisplayRange range, double scale);
}
