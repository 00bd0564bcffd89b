namespace Render.Imaging.Mapping;

/// <summary>
/// Writes target pixels from source positions (render's <c>PixelMapper</c>). Implementations are
/// structs holding the source and target arrays, passed as generic parameters so that the calls
/// inline; a mapper touches only the target pixels it is given, so rows can be mapped in parallel.
/// </summary>
internal interface IPixelMapper
{
    /// <summary>Whether <see cref="TryMapFour"/> can map (a constant for the JIT, which drops the vector loop when false).</summary>
    static abstract bool MapsFour { get; }

    /// <summary>Maps source position (<paramref name="sx"/>, <paramref name="sy"/>) to the target pixel at row-major <paramref name="index"/>.</summary>
    void Map(double sx, double sy, int index);

    /// <summary>
    /// Maps columns <paramref name="x"/> to x + 3 of <paramref name="row"/> (target indices from
    /// <paramref name="index"/>) at once, exactly as four <see cref="Map"/> calls would; false, with
    /// nothing written, when it cannot (no vector path, or a pixel needs the scalar rules).
    /// </summary>
    bool TryMapFour(in InverseAffineRow row, int x, int index);
}
