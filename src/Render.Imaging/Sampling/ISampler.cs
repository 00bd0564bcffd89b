namespace Render.Imaging.Sampling;

/// <summary>
/// An interpolation method as ImageJ reads pixels with it: the source cell a real position falls
/// in, then the grey or packed RGB value there. Locating once serves an image and its same-size
/// mask. Implementations are empty structs used as generic parameters, so that the calls inline
/// into the mapping loop.
/// </summary>
internal interface ISampler
{
    /// <summary>
    /// The cell of a width×height row-major image at (<paramref name="x"/>, <paramref name="y"/>);
    /// false where ImageJ reads 0 whatever the pixels.
    /// </summary>
    static abstract bool TryLocate(int width, int height, double x, double y, out SourceCell cell);

    /// <summary>The grey (or mask) value in <paramref name="cell"/> of an image <paramref name="width"/> pixels wide.</summary>
    static abstract int Gray(ushort[] pixels, int width, in SourceCell cell);

    /// <summary>The packed 0xAARRGGBB value in <paramref name="cell"/> of an image <paramref name="width"/> pixels wide.</summary>
    static abstract int Color(int[] pixels, int width, in SourceCell cell);
}
