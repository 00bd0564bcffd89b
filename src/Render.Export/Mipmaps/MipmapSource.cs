using Render.Imaging.Codecs.Loading;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Export.Mipmaps;

/// <summary>
/// A channel's source image and mask, decoded once for its levels. Plain image files (the common
/// case) come from <see cref="TileImageLoader.DecodeTransient"/>, so an 8-bit tile never becomes the
/// widened raster the renderer's cache keeps (measured in docs/BENCHMARKS.md); anything else (ImageJ
/// composites, volume slices, dynamic masks) is loaded as the renderer loads it.
/// </summary>
internal static class MipmapSource
{
    public static (LevelChain Images, LevelChain? Masks) Open(string? tileId, MipmapPlan plan, ImageAccessPolicy policy)
    {
        var entry = plan.Source;

        // Each tile gets its own small cache: the source is read once and each level is computed from the one above.
        var loader = new TileImageLoader(policy, new ImageCache(0));
        var image = loader.DecodeTransient(entry.ImageUrl!, entry.ImageLoaderType, entry.ImageSliceNumber, tileId);
        try
        {
            var mask = entry.MaskUrl is { } maskUrl ? loader.DecodeTransient(maskUrl, entry.MaskLoaderType, entry.MaskSliceNumber, tileId) : null;
            if (image is not null && (entry.MaskUrl is null || mask is not null))
            {
                // A mask as the loader makes it: 8-bit grey unchanged, anything else through RasterConversion.ToMask.
                var masks = mask is null ? null : mask.Raster is { } raster ? new LevelChain(RasterConversion.ToMask(raster)) : new LevelChain(mask);
                return (new LevelChain(image), masks);
            }

            mask?.Dispose();
            image?.Dispose();
        }
        catch
        {
            image?.Dispose();
            throw;
        }

        var source = new ChannelSource(tileId, MipmapLevelDictionary.Of(plan.SourceLevel, entry), null, null, null);
        var loaded = loader.Load(source, plan.SourceLevel, withMask: entry.MaskUrl is not null)
            ?? throw new ExportException($"the image of tile '{tileId}' is empty");
        return (new LevelChain(loaded.Image), loaded.Mask is { } m ? new LevelChain(m) : null);
    }
}
