namespace Render.Imaging.Rendering;

/// <summary>
/// Where the renderer gets pixels (implemented with real I/O and caching outside this pure library).
/// Returned rasters are shared and must not be modified.
/// </summary>
public interface ITileImageLoader
{
    /// <summary>The full-scale (level 0) size of the channel's image, read from the image when the tile does not give it.</summary>
    (int Width, int Height) GetFullScaleSize(ChannelSource channel);

    /// <summary>
    /// The channel at <paramref name="level"/>, by render's UrlMipmapSource rules (the floor level,
    /// or one derived by the path builder, downsampled as needed); null when the image is empty.
    /// </summary>
    /// <exception cref="ArgumentException">The highest-resolution mipmap is coarser than <paramref name="level"/> (render does not upscale), or an image cannot be read.</exception>
    LoadedChannel? Load(ChannelSource channel, int level, bool withMask);
}
