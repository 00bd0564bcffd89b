namespace Render.Imaging.Mapping;

/// <summary>
/// Writes target pixels from source positions (render's <c>PixelMapper</c>). Implementations are
/// structs holding the source and target arrays, passed as generic parameters so that the calls
/// inline; a mapper touches only the target pixels it is given, so rows can be mapped in parallel.
/// </summary>
internal interface IPixelMapper
{
    /// <summary>Maps source position (<paramref name="sx"/>, <paramref name="sy"/>) to the target pixel at row-major <paramref name="index"/>.</summary>
    void Map(double sx, double sy, int index);

    /// <summary>
    /// Maps columns <paramref name="start"/> onwards of a run ending at <paramref name="end"/> several
    /// at a time, where the mapper has a vector path giving exactly what <see cref="Map"/> gives, and
    /// returns the first column it left (<paramref name="start"/> when it has no such path).
    /// </summary>
    int MapVectors(in InverseAffineRow row, int start, int end, int rowStart);
}
