using Render.Export.Rendering;

namespace Render.Export.Volumes;

/// <summary>The layers of one level-0 work item, each rendered (or, under a thickness correction, blended from two rendered stack layers).</summary>
public sealed partial class VolumeExporter
{
    /// <summary>
    /// The <paramref name="depth"/> layers from volume z <paramref name="z0"/> of the box at volume
    /// (<paramref name="x0"/>, <paramref name="y0"/>), x fastest then y then z. Under a thickness
    /// correction each layer is the interpolation of its prior and next stack layers (render's N5Client);
    /// a stack layer used by consecutive layers is rendered once per box, as there.
    /// </summary>
    private async Task<byte[]> RenderSlabAsync(long x0, long y0, long z0, int width, int height, int depth, CancellationToken cancellationToken)
    {
        var layer = width * height;
        var slab = new byte[(long)layer * depth];
        var rendered = new Dictionary<long, byte[]>();
        for (var zi = 0; zi < depth; zi++)
        {
            var z = Geometry.Origin[2] + z0 + zi;
            var offset = zi * layer;
            if (_correction is null)
            {
                var pixels = await RenderLayerAsync(z, x0, y0, width, height, cancellationToken).ConfigureAwait(false);
                pixels?.CopyTo(slab, offset);
                continue;
            }

            var interpolator = _correction.Interpolator(z);
            foreach (var stale in rendered.Keys.Where(k => k != interpolator.PriorStackZ && k != interpolator.NextStackZ).ToList())
            {
                rendered.Remove(stale);
            }

            var prior = await CachedLayerAsync(rendered, interpolator.PriorStackZ, x0, y0, width, height, cancellationToken).ConfigureAwait(false);
            if (interpolator.NeedsInterpolation)
            {
                var next = await CachedLayerAsync(rendered, interpolator.NextStackZ, x0, y0, width, height, cancellationToken).ConfigureAwait(false);
                interpolator.Blend(prior, next, slab.AsSpan(offset, layer));
            }
            else
            {
                prior.CopyTo(slab, offset);
            }
        }

        return slab;
    }

    private async Task<byte[]> CachedLayerAsync(Dictionary<long, byte[]> rendered, long stackZ, long x0, long y0, int width, int height, CancellationToken cancellationToken)
    {
        if (!rendered.TryGetValue(stackZ, out var pixels))
        {
            pixels = await RenderLayerAsync(stackZ, x0, y0, width, height, cancellationToken).ConfigureAwait(false) ?? new byte[width * height];
            rendered[stackZ] = pixels;
        }

        return pixels;
    }

    /// <summary>One stack layer's box at full scale as 8-bit grey, or null when no tile touches it (left 0, as render leaves it).</summary>
    private async Task<byte[]?> RenderLayerAsync(long stackZ, long x0, long y0, int width, int height, CancellationToken cancellationToken)
    {
        var request = new BoxRequest(stackZ, Geometry.Origin[0] + x0, Geometry.Origin[1] + y0, width, height, 1.0);
        var parameters = await _source.GetBoxAsync(request, cancellationToken).ConfigureAwait(false);
        if (parameters.TileSpecs.Count == 0)
        {
            return null;
        }

        parameters = parameters with { MinIntensity = Options.MinIntensity ?? parameters.MinIntensity, MaxIntensity = Options.MaxIntensity ?? parameters.MaxIntensity };
        return _renderer.RenderGray(parameters);
    }
}
