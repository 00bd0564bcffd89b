using Render.Imaging.Pixels;

namespace Render.Imaging.Rendering;

/// <summary>A channel's pixels at the requested mipmap level, and its mask (8-bit) when it has one and masks are wanted.</summary>
/// <param name="Image">The image.</param>
/// <param name="Mask">The mask, or null.</param>
public sealed record LoadedChannel(Raster Image, Raster? Mask);
