using OpenCvSharp;
using OpenCvSharp.Features2D;
using Render.Matching.Canvases;

namespace Render.Matching.Features;

/// <summary>
/// render's CanvasFeatureExtractor on OpenCV's SIFT (see <see cref="SiftOptions"/> for how render's
/// options map): features of a canvas in canvas pixels, with those on masked pixels removed.
/// Thread-safe; each call uses its own OpenCV objects.
/// </summary>
public sealed class SiftFeatureExtractor
{
    private readonly SiftOptions _options;

    /// <summary>Creates the extractor.</summary>
    /// <exception cref="ArgumentException">Invalid options.</exception>
    public SiftFeatureExtractor(SiftOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        options.Validate();
    }

    /// <summary>Experiment switch: hand OpenCV the first octave halved (default) or whole.</summary>
    internal bool HalveInput { get; init; } = true;

    /// <summary>The options.</summary>
    public SiftOptions Options => _options;

    /// <summary>The features of <paramref name="canvas"/>; none when the canvas is too small for any octave (render logs a warning then).</summary>
    public CanvasFeatures Extract(MatchCanvas canvas)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        var plan = SiftOctavePlan.For(canvas.Width, canvas.Height, _options, HalveInput);
        if (plan.OctaveCount == 0)
        {
            return CanvasFeatures.Empty;
        }

        using var source = Mat.FromPixelData(canvas.Height, canvas.Width, MatType.CV_8UC1, canvas.Pixels);
        using var input = new Mat();
        if (plan.InputWidth == canvas.Width && plan.InputHeight == canvas.Height)
        {
            source.CopyTo(input);
        }
        else if (plan.InputSigma > 0)
        {
            Cv2.GaussianBlur(source, input, new Size(0, 0), plan.InputSigma, plan.InputSigma, BorderTypes.Reflect101);
            Cv2.Resize(input, input, new Size(plan.InputWidth, plan.InputHeight), 0, 0, InterpolationFlags.Linear);
        }
        else
        {
            Cv2.Resize(source, input, new Size(plan.InputWidth, plan.InputHeight), 0, 0, InterpolationFlags.Area);
        }

        using var sift = SIFT.Create(0, _options.Steps, SiftOptions.MinContrast * _options.Steps, SiftOptions.MaxCurvature, SiftOptions.InitialSigma);
        using var descriptors = new Mat();
        sift.DetectAndCompute(input, null, out var keypoints, descriptors);
        return Keep(canvas, plan, keypoints, descriptors);
    }

    private static CanvasFeatures Keep(MatchCanvas canvas, SiftOctavePlan plan, KeyPoint[] keypoints, Mat descriptors)
    {
        var length = descriptors.Cols > 0 ? descriptors.Cols : 128;
        var all = new float[keypoints.Length * length];
        if (keypoints.Length > 0)
        {
            descriptors.GetArray(out float[] values);
            all = values;
        }

        List<float> xs = new(keypoints.Length), ys = new(keypoints.Length);
        var kept = new List<int>(keypoints.Length);
        for (var i = 0; i < keypoints.Length; i++)
        {
            // With the input halved, OpenCV's octave -1 (its doubled input) is render's first octave.
            var octave = (sbyte)(keypoints[i].Octave & 0xff) + plan.OctaveOffset;
            var (x, y) = plan.ToCanvas(keypoints[i].Pt.X, keypoints[i].Pt.Y);
            if (octave < 0 || octave >= plan.OctaveCount || x < 0 || y < 0 || x > canvas.Width - 1 || y > canvas.Height - 1 || canvas.IsMaskedOut(x, y))
            {
                continue;
            }

            xs.Add((float)x);
            ys.Add((float)y);
            kept.Add(i);
        }

        var keptDescriptors = new float[kept.Count * length];
        for (var i = 0; i < kept.Count; i++)
        {
            Array.Copy(all, kept[i] * length, keptDescriptors, i * length, length);
        }

        return new CanvasFeatures([.. xs], [.. ys], keptDescriptors, length);
    }
}
