namespace Render.Matching.Features;

/// <summary>
/// Where mpicbg's SIFT (as render sets it up) would work on a canvas: the size of its first octave
/// and how many octaves it builds; and the image handed to OpenCV (that octave halved) with the map
/// from OpenCV's keypoint positions back to canvas pixels.
/// </summary>
internal readonly record struct SiftOctavePlan(int OctaveCount, int InputWidth, int InputHeight, double InputSigma, double ScaleX, double ScaleY, int OctaveOffset)
{
    public static SiftOctavePlan For(int width, int height, SiftOptions options, bool halve = true)
    {
        int minSize = Math.Min(width, height), maxSize = Math.Max(width, height);
        var minOctaveSize = (int)((options.MinScale * minSize) - 1.0);
        var maxOctaveSize = (int)Math.Floor((options.MaxScale * maxSize) + 0.5);

        // mpicbg.ij.SIFT: fit the image into maxOctaveSize − 1, unless that would shrink it by less than 10%.
        var maxFit = (float)(maxOctaveSize - 1);
        var scale = 1.0f;
        if (maxFit < width || maxFit < height)
        {
            scale = Math.Min(maxFit / width, maxFit / height);
            if (scale > 0.9f)
            {
                scale = 1.0f;
            }
        }

        var firstWidth = scale == 1.0f ? width : Math.Max(1, (int)Math.Round(width * (double)scale));
        var firstHeight = scale == 1.0f ? height : Math.Max(1, (int)Math.Round(height * (double)scale));

        // FloatArray2DSIFT.init: octaves while both sides exceed max(largest kernel, minOctaveSize − 1).
        var limit = Math.Max(LargestKernel(options.Steps), minOctaveSize - 1);
        var octaves = 0;
        for (float w = firstWidth, h = firstHeight; w > limit && h > limit; w /= 2, h /= 2)
        {
            octaves++;
        }

        int inputWidth = halve ? Math.Max(1, (firstWidth + 1) / 2) : firstWidth, inputHeight = halve ? Math.Max(1, (firstHeight + 1) / 2) : firstHeight;
        double sx = inputWidth / (double)width, sy = inputHeight / (double)height;

        // Smooth before resampling so that the input has the blur (0.5 of its pixels) SIFT assumes;
        // a plain 2 × 2 reduction (area) already has it.
        var factor = Math.Min(sx, sy);
        var sigma = Math.Abs(factor - 0.5) < 1e-3 || factor >= 1 ? 0 : Math.Sqrt(Math.Max(0, (0.25 / (factor * factor)) - 0.25));
        return new SiftOctavePlan(octaves, inputWidth, inputHeight, sigma, sx, sy, halve ? 1 : 0);
    }

    /// <summary>
    /// A keypoint position OpenCV reports on the input to canvas pixels: OpenCV's doubling puts its
    /// pixel i at input position i/2 − 0.25 but reports i/2, then input pixel centres are scaled back.
    /// </summary>
    public (double X, double Y) ToCanvas(float x, float y) => ((x - 0.25 + 0.5) / ScaleX - 0.5, (y - 0.25 + 0.5) / ScaleY - 0.5);

    /// <summary>mpicbg's largest difference kernel: sigma_diff of step steps + 2, size max(3, 2·(int)(3σ + 0.5) + 1).</summary>
    private static int LargestKernel(int steps)
    {
        var sigma = SiftOptions.InitialSigma * Math.Pow(2, (steps + 2) / (double)steps);
        var diff = Math.Sqrt((sigma * sigma) - (SiftOptions.InitialSigma * SiftOptions.InitialSigma));
        return Math.Max(3, (2 * (int)((3 * diff) + 0.5)) + 1);
    }
}
