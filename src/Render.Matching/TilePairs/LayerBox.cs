namespace Render.Matching.TilePairs;

/// <summary>A box in a layer's world coordinates (render's LayerBoundsParameters: all four values or none).</summary>
/// <param name="MinX">Minimum x.</param>
/// <param name="MinY">Minimum y.</param>
/// <param name="MaxX">Maximum x.</param>
/// <param name="MaxY">Maximum y.</param>
public sealed record LayerBox(double MinX, double MinY, double MaxX, double MaxY)
{
    /// <summary>
    /// The box from render's four optional options: null when none is given, an error (render's
    /// wording) when only some are or when a maximum is less than its minimum.
    /// </summary>
    /// <exception cref="ArgumentException">Some but not all values, or max &lt; min.</exception>
    public static LayerBox? FromOptions(double? minX, double? minY, double? maxX, double? maxY)
    {
        if (minX is null && minY is null && maxX is null && maxY is null)
        {
            return null;
        }

        if (minX is not { } x0 || minY is not { } y0 || maxX is not { } x1 || maxY is not { } y1)
        {
            throw new ArgumentException("all bounding box parameters (minX, maxX, minY, maxY) must be specified");
        }

        if (x1 < x0)
        {
            throw new ArgumentException("maxX is less than minX");
        }

        return y1 < y0 ? throw new ArgumentException("maxY is less than minY") : new LayerBox(x0, y0, x1, y1);
    }
}
