namespace Render.Imaging.Sampling;

/// <summary>
/// Reads a grey (or mask) value at a real source position. Implementations are empty structs used
/// as generic parameters, so the call inlines into the mapping loop.
/// </summary>
internal interface IGraySampler
{
    /// <summary>The value at (x, y) of a width×height row-major image.</summary>
    static abstract int Sample(ushort[] pixels, int width, int height, double x, double y);
}
