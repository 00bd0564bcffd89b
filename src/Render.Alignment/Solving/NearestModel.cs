namespace Render.Alignment.Solving;

/// <summary>
/// The model of a family nearest to a tile's current affine over the tile's own match points
/// (weighted least squares from their moments): what mpicbg's interpolated model fits its
/// regulariser to. In lifted coordinates; the families are those of the original pixel space.
/// </summary>
internal static class NearestModel
{
    /// <param name="family">The regulariser's family.</param>
    /// <param name="moments">The tile's points Σ w x̃x̃ᵀ (row-major 3×3, normalised).</param>
    /// <param name="lifted">The current model.</param>
    /// <param name="scale">The tile frame's scale.</param>
    /// <param name="nearest">The nearest model of <paramref name="family"/>.</param>
    public static void Fit(ModelType family, ReadOnlySpan<double> moments, ReadOnlySpan<double> lifted, double scale, Span<double> nearest)
    {
        if (family == ModelType.Affine)
        {
            lifted[..6].CopyTo(nearest);
            return;
        }

        var w = moments[8];
        var mx = moments[2] / w;
        var my = moments[5] / w;
        var cxx = (moments[0] / w) - (mx * mx);
        var cxy = (moments[1] / w) - (mx * my);
        var cyy = (moments[4] / w) - (my * my);

        // y − ȳ = l′(x − x̄), so S = Σ w (x − x̄)(y − ȳ)ᵀ / W = C·l′ᵀ
        var s00 = (cxx * lifted[0]) + (cxy * lifted[1]);
        var s01 = (cxx * lifted[3]) + (cxy * lifted[4]);
        var s10 = (cxy * lifted[0]) + (cyy * lifted[1]);
        var s11 = (cxy * lifted[3]) + (cyy * lifted[4]);
        double a, b;
        switch (family)
        {
            case ModelType.Translation:
                (a, b) = (scale, 0);
                break;
            case ModelType.Rigid:
                var angle = Math.Atan2(s01 - s10, s00 + s11);
                (a, b) = (scale * Math.Cos(angle), scale * Math.Sin(angle));
                break;
            default:
                var spread = cxx + cyy;
                (a, b) = spread > 0 ? ((s00 + s11) / spread, (s01 - s10) / spread) : (lifted[0], lifted[3]);
                break;
        }

        var yx = (lifted[0] * mx) + (lifted[1] * my) + lifted[2];
        var yy = (lifted[3] * mx) + (lifted[4] * my) + lifted[5];
        nearest[0] = a;
        nearest[1] = -b;
        nearest[2] = yx - ((a * mx) - (b * my));
        nearest[3] = b;
        nearest[4] = a;
        nearest[5] = yy - ((b * mx) + (a * my));
    }
}
