namespace Render.Matching.Features;

/// <summary>
/// render's FeatureExtractionParameters (mpicbg's SIFT) and how each maps onto OpenCV's SIFT.
/// </summary>
/// <remarks>
/// <para>
/// <b>SIFTminScale / SIFTmaxScale</b> (defaults 0.5 / 0.85) keep their meaning: "minSize × minScale &lt;
/// size &lt; maxSize × maxScale". As render, maxOctaveSize = round(maxScale × the canvas's larger
/// side) and minOctaveSize = (int)(minScale × its smaller side − 1); a canvas larger than
/// maxOctaveSize − 1 is scaled down to fit (smoothed first; kept as it is when the scale would be
/// above 0.9), that image is render's first octave, and octaves are kept while their size stays
/// above minOctaveSize − 1 (and the largest blur kernel). With the defaults that is one octave
/// at 0.85 of the canvas. OpenCV always starts from its input doubled; it is given the first octave
/// halved, so that its doubled octave is render's first one and no work goes into an octave render
/// would not use; keypoints of octaves render would not build are dropped.
/// </para>
/// <para>
/// <b>SIFTsteps</b> (default 3) is OpenCV's nOctaveLayers. mpicbg's fixed detector thresholds map
/// exactly: its minimum DoG contrast 0.025 (on a 0..1 image) is OpenCV's contrastThreshold
/// 0.025 × steps (OpenCV divides by nOctaveLayers), its curvature ratio 10 is OpenCV's
/// edgeThreshold 10, its initial sigma 1.6 is OpenCV's sigma.
/// </para>
/// <para>
/// <b>SIFTfdSize</b> (default 8) has no OpenCV counterpart: mpicbg's descriptor is fdSize × fdSize
/// cells of 8 orientation bins (512 values for 8), OpenCV's is always 4 × 4 × 8 = 128 values. It is
/// validated and recorded but does not change the descriptor; the ratio test and filters work the
/// same on either.
/// </para>
/// </remarks>
/// <param name="FdSize">render's <c>--SIFTfdSize</c> (see remarks: not applied).</param>
/// <param name="MinScale">render's <c>--SIFTminScale</c>.</param>
/// <param name="MaxScale">render's <c>--SIFTmaxScale</c>.</param>
/// <param name="Steps">render's <c>--SIFTsteps</c>: scales per octave.</param>
public sealed record SiftOptions(int FdSize = 8, double MinScale = 0.5, double MaxScale = 0.85, int Steps = 3)
{
    /// <summary>mpicbg's initial sigma.</summary>
    public const double InitialSigma = 1.6;

    /// <summary>mpicbg's minimum DoG contrast on a 0..1 image.</summary>
    public const double MinContrast = 0.025;

    /// <summary>mpicbg's largest curvature ratio of a keypoint.</summary>
    public const double MaxCurvature = 10;

    /// <summary>Throws for values render cannot work with.</summary>
    /// <exception cref="ArgumentException">A non-positive size or step count, or scales outside (0, 1] or min above max.</exception>
    public void Validate()
    {
        if (FdSize < 1)
        {
            throw new ArgumentException($"SIFTfdSize must be positive, got {FdSize}");
        }

        if (Steps < 1)
        {
            throw new ArgumentException($"SIFTsteps must be positive, got {Steps}");
        }

        if (!(MinScale > 0) || !(MaxScale > 0) || MinScale > 1 || MaxScale > 1 || MinScale > MaxScale)
        {
            throw new ArgumentException($"SIFTminScale and SIFTmaxScale must lie in (0, 1] with min <= max, got {MinScale} and {MaxScale}");
        }
    }
}
