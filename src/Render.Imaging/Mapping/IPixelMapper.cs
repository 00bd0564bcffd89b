namespace Render.Imaging.Mapping;

/// <summary>
/// Writes one target pixel from a source position (render's <c>PixelMapper</c>). Implementations
/// are structs holding the source and target arrays, passed as generic parameters so that the
/// per-pixel call inlines; a mapper touches only the target pixel it is given, so rows can be
/// mapped in parallel.
/// </summary>
internal interface IPixelMapper
{
    /// <summary>Maps source position (<paramref name="sx"/>, <paramref name="sy"/>) to target pixel (<paramref name="tx"/>, <paramref name="ty"/>).</summary>
    void Map(double sx, double sy, int tx, int ty);
}
