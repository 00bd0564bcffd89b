namespace Render.Imaging.Sampling;

/// <summary>Reads a packed RGB value at a real source position (a generic struct parameter, like <see cref="IGraySampler"/>).</summary>
internal interface IColorSampler
{
    /// <summary>The packed 0xAARRGGBB value at (x, y) of a width×height row-major image.</summary>
    static abstract int Sample(int[] pixels, int width, int height, double x, double y);
}
