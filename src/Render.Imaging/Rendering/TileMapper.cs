using Render.Imaging.Mapping;
using Render.Imaging.Pixels;
using Render.Imaging.Sampling;

namespace Render.Imaging.Rendering;

/// <summary>
/// Picks render's pixel mapper for one tile (RenderedCanvasMipmapSource.getPixelMapper) and runs
/// the mesh mapping with it: plain, alpha-blended or binary-masked; grey or RGB; bilinear or nearest.
/// </summary>
internal static class TileMapper
{
    public static void Map(RenderMesh mesh, Raster source, Raster? sourceMask, Canvas canvas, bool interpolate, bool binaryMask, int threads)
    {
        if (interpolate)
        {
            Map<Bilinear>(mesh, source, sourceMask, canvas, binaryMask, threads);
        }
        else
        {
            Map<Nearest>(mesh, source, sourceMask, canvas, binaryMask, threads);
        }
    }

    private static void Map<TSampler>(RenderMesh mesh, Raster source, Raster? sourceMask, Canvas canvas, bool binaryMask, int threads)
        where TSampler : struct, ISampler
    {
        int sw = source.Width, sh = source.Height, tw = canvas.Width, th = canvas.Height;
        var mask = sourceMask?.Gray!.Array;
        var targetMask = canvas.Mask?.Array;
        if (source.Gray is { } gray)
        {
            var target = canvas.Image.Gray!.Array;
            if (mask is null || targetMask is null)
            {
                MeshMapping.Map(mesh, tw, th, new GrayMapper<TSampler>(gray.Array, sw, sh, target), threads);
            }
            else if (binaryMask)
            {
                MeshMapping.Map(mesh, tw, th, new GrayBinaryMaskMapper<TSampler>(gray.Array, mask, sw, sh, target, targetMask), threads);
            }
            else
            {
                MeshMapping.Map(mesh, tw, th, new GrayAlphaMapper<TSampler>(gray.Array, mask, sw, sh, target, targetMask), threads);
            }

            return;
        }

        var rgb = source.Rgb!.Array;
        var targetRgb = canvas.Image.Rgb!.Array;
        if (mask is null || targetMask is null)
        {
            MeshMapping.Map(mesh, tw, th, new ColorMapper<TSampler>(rgb, sw, sh, targetRgb), threads);
        }
        else if (binaryMask)
        {
            MeshMapping.Map(mesh, tw, th, new ColorBinaryMaskMapper<TSampler>(rgb, mask, sw, sh, targetRgb, targetMask), threads);
        }
        else
        {
            MeshMapping.Map(mesh, tw, th, new ColorAlphaMapper<TSampler>(rgb, mask, sw, sh, targetRgb, targetMask), threads);
        }
    }
}
