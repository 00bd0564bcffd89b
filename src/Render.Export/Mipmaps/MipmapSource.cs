using Render.Imaging.Codecs.Decoding;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Export.Mipmaps;

/// <summary>
/// A channel's source image and mask, decoded once for its levels. Plain local image files (the
/// common case) are decoded with <see cref="ImageDecoder.DecodeTransient"/>, so an 8-bit tile never
/// becomes the widened raster the renderer's cache keeps (measured in docs/BENCHMARKS.md); anything
/// else (zip files, composites, volume slices, a file that is missing or not allowed, where the
/// loader says why) goes through <see cref="TileImageLoader"/> as the renderer loads it.
/// </summary>
internal static class MipmapSource
{
    public static (LevelChain Images, LevelChain? Masks) Open(string? tileId, MipmapPlan plan, ImageAccessPolicy policy)
    {
        var entry = plan.Source;
        if (DirectPath(entry.ImageUrl!, entry.ImageLoaderType, policy) is { } imagePath
            && (entry.MaskUrl is null || DirectPath(entry.MaskUrl, entry.MaskLoaderType, policy) is not null))
        {
            var image = Decode(imagePath, entry.ImageUrl!, entry.ImageSliceNumber);
            try
            {
                var masks = entry.MaskUrl is { } maskUrl ? MaskLevels(DirectPath(maskUrl, entry.MaskLoaderType, policy)!, maskUrl, entry.MaskSliceNumber) : null;
                return (new LevelChain(image), masks);
            }
            catch
            {
                image.Dispose();
                throw;
            }
        }

        // Each tile gets its own small cache: the source is read once and each level is computed from the one above.
        var loader = new TileImageLoader(policy, new ImageCache(0));
        var source = new ChannelSource(tileId, MipmapLevelDictionary.Of(plan.SourceLevel, entry), null, null, null);
        var loaded = loader.Load(source, plan.SourceLevel, withMask: entry.MaskUrl is not null)
            ?? throw new ExportException($"the image of tile '{tileId}' is empty");
        return (new LevelChain(loaded.Image), loaded.Mask is { } m ? new LevelChain(m) : null);
    }

    /// <summary>The local path of a plain image file that exists and may be read, else null (the loader handles it).</summary>
    private static string? DirectPath(string url, LoaderType? loader, ImageAccessPolicy policy)
    {
        if (loader is not (null or LoaderType.ImageJDefault or LoaderType.ImageJTiffStack) || DynamicMask.IsDynamic(url))
        {
            return null;
        }

        try
        {
            var path = policy.Authorize(url);
            return !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) && File.Exists(path) ? path : null;
        }
        catch (ImageAccessException)
        {
            return null;
        }
    }

    /// <summary>As the loader decodes a plain file: ImageJ numbers stack slices from 1; messages name the url.</summary>
    private static TransientImage Decode(string path, string url, int? slice)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ArgumentException($"cannot read image '{url}': {exception.Message}", exception);
        }

        return ImageDecoder.DecodeTransient(bytes, slice is > 0 ? slice.Value - 1 : 0, url);
    }

    /// <summary>A mask as the loader makes it: 8-bit grey unchanged, anything else through <see cref="RasterConversion.ToMask"/>.</summary>
    private static LevelChain MaskLevels(string path, string url, int? slice)
    {
        var mask = Decode(path, url, slice);
        return mask.Raster is { } raster ? new LevelChain(RasterConversion.ToMask(raster)) : new LevelChain(mask);
    }
}
