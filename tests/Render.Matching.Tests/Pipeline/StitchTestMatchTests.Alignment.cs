using OpenCvSharp;
using Render.Geometry.Transforms;
using Render.Matching.Pipeline;
using Render.Model.PointMatches;

namespace Render.Matching.Tests.Pipeline;

/// <summary>
/// An independent measure of the stitch-test transforms, without our renderer, SIFT or RANSAC: both
/// tiles of an overlapping pair are resampled into world space through render's affines (OpenCV
/// reads the level-1 mipmaps; a level-1 pixel x is full-scale 2x, render's mipmap convention) on
/// windows across the overlap, and OpenCV's phase correlation measures by how much the second
/// tile's content sits off the first's there: render's transforms' own misalignment. Each stored
/// inlier's world offset (through render's transforms) must agree with the measure at its nearest
/// window. On this fixture render's transforms are off by up to 2.5 px between tile_3 and tile_4 and
/// 3.1 px between tile_2 and tile_4 (2026-12-07), which is why some inliers there are more than
/// 2 px apart through them while agreeing with the image content within 1.5 px.
/// </summary>
public sealed partial class StitchTestMatchTests
{
    /// <summary>Window side in samples, one sample every <see cref="SampleStep"/> world pixels (about a level-1 pixel).</summary>
    private const int WindowSize = 64;

    private const double SampleStep = 2;

    /// <summary>Phase correlation's peak response below which a window is not trusted (textured windows give 0.8 to 1).</summary>
    private const double MinResponse = 0.6;

    [Fact]
    public async Task RunAsync_OverlappingPairs_InliersAgreeWithPhaseCorrelationOfRendersTransforms()
    {
        var tiles = Tiles.Value;
        var pairs = new[] { (0, 1), (0, 2), (1, 3), (2, 3) }.Select(pair => new CanvasPairRequest(Canvas(tiles[pair.Item1]), Canvas(tiles[pair.Item2]))).ToList();
        var report = await new PointMatchPipeline(Loader(), Options(threads: 2)).RunAsync(pairs);
        Assert.Equal(4, report.Matches.Count);
        var disagreements = new List<string>();
        foreach (var pair in report.Matches)
        {
            using var p = Level1(pair.PId!);
            using var q = Level1(pair.QId!);
            var (pToWorld, qToWorld) = (ToWorld(pair.PId!), ToWorld(pair.QId!));
            var ours = OffsetField(pair, pToWorld, qToWorld);
            // Windows where the content correlates clearly (not featureless resin or the tile's dark border).
            var windows = Windows(p, pToWorld, q, qToWorld).Select(w => (w.X, w.Y, Measured: Measure(p, pToWorld, q, qToWorld, w.X, w.Y)))
                .Where(w => w.Measured.Response >= MinResponse).ToList();
            output.WriteLine($"{pair.PId} {pair.QId}: {windows.Count} windows, {pair.Matches!.W!.Length} inliers");
            Assert.True(windows.Count >= 3, $"{pair.PId} {pair.QId}: only {windows.Count} windows across the overlap");

            // The measure itself: a known world shift of the second tile is found within 0.4 px.
            var (sx, sy) = (2.5, -1.5);
            var clearest = windows.MaxBy(w => w.Measured.Response);
            var check = Measure(p, pToWorld, p, pToWorld.PreConcatenate(new AffineModel2D(1, 0, 0, 1, sx, sy)), clearest.X, clearest.Y);
            Assert.True(Math.Abs(check.Dx - sx) < 0.4 && Math.Abs(check.Dy - sy) < 0.4, $"phase correlation found ({check.Dx:F2}, {check.Dy:F2}) for ({sx}, {sy})");

            var (largest, apart) = (0.0, new List<double>());
            foreach (var (x, y, measured) in windows)
            {
                var (ox, oy) = ours(x, y);
                var disagreement = Math.Sqrt(((ox - measured.Dx) * (ox - measured.Dx)) + ((oy - measured.Dy) * (oy - measured.Dy)));
                largest = Math.Max(largest, Math.Sqrt((measured.Dx * measured.Dx) + (measured.Dy * measured.Dy)));
                apart.Add(disagreement);
                output.WriteLine($"  world ({x:F0}, {y:F0}): render's transforms off by ({measured.Dx:F2}, {measured.Dy:F2}) px (response {measured.Response:F2}), our inliers say ({ox:F2}, {oy:F2}): {disagreement:F2} px apart");
            }

            // Each stored inlier against the measure at its nearest window (within 100 px).
            var m = pair.Matches!;
            var (farOff, inlierApart) = (0, new List<double>());
            for (var i = 0; i < m.W!.Length; i++)
            {
                double px = m.P![0][i], py = m.P[1][i], qx = m.Q![0][i], qy = m.Q[1][i];
                pToWorld.ApplyInPlace(ref px, ref py);
                qToWorld.ApplyInPlace(ref qx, ref qy);
                farOff += Math.Sqrt(((qx - px) * (qx - px)) + ((qy - py) * (qy - py))) > 2 ? 1 : 0;
                var nearest = windows.MinBy(w => ((w.X - px) * (w.X - px)) + ((w.Y - py) * (w.Y - py)));
                if (Math.Abs(nearest.X - px) <= 100 && Math.Abs(nearest.Y - py) <= 100)
                {
                    inlierApart.Add(Math.Sqrt(Math.Pow(qx - px - nearest.Measured.Dx, 2) + Math.Pow(qy - py - nearest.Measured.Dy, 2)));
                }
            }

            output.WriteLine($"  inliers more than 2 px off through render's transforms: {farOff}; {inlierApart.Count} inliers near a window, off its measure by median {(inlierApart.Count > 0 ? inlierApart.Order().ElementAt(inlierApart.Count / 2) : double.NaN):F2} px, largest {(inlierApart.Count > 0 ? inlierApart.Max() : double.NaN):F2} px");

            // One window's phase correlation wanders by about 0.3 px and falls about 10% short of a shift;
            // a coordinate error of ours (a half-pixel convention, a scale) would add its own offset to every inlier.
            var median = apart.Order().ElementAt(apart.Count / 2);
            output.WriteLine($"  render's transforms: largest measured misalignment {largest:F2} px; our inliers' affine field against the measure: median {median:F2} px, largest {apart.Max():F2} px apart");
            var inlierMedian = inlierApart.Count > 0 ? inlierApart.Order().ElementAt(inlierApart.Count / 2) : double.NaN;
            if (inlierApart.Count < m.W.Length / 2 || !(inlierMedian <= 0.7) || inlierApart.Max() > 1.5)
            {
                disagreements.Add($"{pair.PId} {pair.QId}: {inlierApart.Count} inliers near a window, off the measure by median {inlierMedian:F2} px, largest {inlierApart.DefaultIfEmpty().Max():F2} px");
            }
        }

        Assert.Empty(disagreements);
    }

    private static Mat Level1(string tileId)
    {
        var url = Tiles.Value.Single(tile => tile.TileId == tileId).MipmapLevels![1].ImageUrl!;
        return Cv2.ImRead(url, ImreadModes.Grayscale);
    }

    /// <summary>Our inliers' world offsets q - p (through render's affines) as an affine function of the world point, least squares.</summary>
    private static Func<double, double, (double Dx, double Dy)> OffsetField(CanvasMatches pair, AffineModel2D pToWorld, AffineModel2D qToWorld)
    {
        var m = pair.Matches!;
        var normal = new double[3, 3];
        double[] bx = new double[3], by = new double[3];
        for (var i = 0; i < m.W!.Length; i++)
        {
            double px = m.P![0][i], py = m.P[1][i], qx = m.Q![0][i], qy = m.Q[1][i];
            pToWorld.ApplyInPlace(ref px, ref py);
            qToWorld.ApplyInPlace(ref qx, ref qy);
            double[] row = [px, py, 1];
            for (var r = 0; r < 3; r++)
            {
                for (var c = 0; c < 3; c++)
                {
                    normal[r, c] += row[r] * row[c];
                }

                bx[r] += row[r] * (qx - px);
                by[r] += row[r] * (qy - py);
            }
        }

        var (ax, ay) = (Solve3(normal, bx), Solve3(normal, by));
        return (x, y) => ((ax[0] * x) + (ax[1] * y) + ax[2], (ay[0] * x) + (ay[1] * y) + ay[2]);
    }

    private static double[] Solve3(double[,] a, double[] b)
    {
        var m = new Mat(3, 3, MatType.CV_64FC1);
        var v = new Mat(3, 1, MatType.CV_64FC1);
        for (var r = 0; r < 3; r++)
        {
            v.Set(r, 0, b[r]);
            for (var c = 0; c < 3; c++)
            {
                m.Set(r, c, a[r, c]);
            }
        }

        using var x = new Mat();
        Cv2.Solve(m, v, x, DecompTypes.Cholesky);
        m.Dispose();
        v.Dispose();
        return [x.At<double>(0), x.At<double>(1), x.At<double>(2)];
    }

    /// <summary>
    /// Window centres on a grid across both tiles' world overlap whose every sample is inside both
    /// tiles. Masks are not used: the matched canvases are rendered without them (render's default).
    /// </summary>
    private static IEnumerable<(double X, double Y)> Windows(Mat p, AffineModel2D pToWorld, Mat q, AffineModel2D qToWorld)
    {
        var (pBox, qBox) = (WorldBox(pToWorld), WorldBox(qToWorld));
        double minX = Math.Max(pBox.MinX, qBox.MinX), maxX = Math.Min(pBox.MaxX, qBox.MaxX);
        double minY = Math.Max(pBox.MinY, qBox.MinY), maxY = Math.Min(pBox.MaxY, qBox.MaxY);
        for (var y = minY; y <= maxY; y += 64)
        {
            for (var x = minX; x <= maxX; x += 64)
            {
                if (Inside(p, pToWorld, x, y) && Inside(q, qToWorld, x, y))
                {
                    yield return (x, y);
                }
            }
        }
    }

    private static (double MinX, double MinY, double MaxX, double MaxY) WorldBox(AffineModel2D toWorld)
    {
        double[] xs = [0, 2650, 0, 2650], ys = [0, 0, 2260, 2260];
        toWorld.ApplyInPlace(xs, ys);
        return (xs.Min(), ys.Min(), xs.Max(), ys.Max());
    }

    private static bool Inside(Mat image, AffineModel2D toWorld, double x, double y)
    {
        var (mapX, mapY) = Maps(toWorld, x, y);
        using (mapX)
        using (mapY)
        {
            mapX.MinMaxLoc(out double minX, out double maxX);
            mapY.MinMaxLoc(out double minY, out double maxY);
            return minX >= 1 && minY >= 1 && maxX <= image.Cols - 2 && maxY <= image.Rows - 2;
        }
    }

    /// <summary>
    /// By how much q's content sits off p's around world (x, y), in world pixels: content at p-world w
    /// is at q-world w + (Dx, Dy). Both windows are sampled on the same world grid; with q's content
    /// shifted by +d, q's window is p's shifted by +d / step, which phase correlation reports (its
    /// peak response says how clearly). Its sub-pixel estimate falls a little short of larger shifts
    /// (about 2.2 px for a known 2.5 px), which the tolerances below allow for.
    /// </summary>
    private static (double Dx, double Dy, double Response) Measure(Mat p, AffineModel2D pToWorld, Mat q, AffineModel2D qToWorld, double x, double y)
    {
        using var hanning = new Mat();
        Cv2.CreateHanningWindow(hanning, new Size(WindowSize, WindowSize), MatType.CV_64FC1);
        using var pWindow = Sample(p, pToWorld, x, y);
        using var qWindow = Sample(q, qToWorld, x, y);
        var shift = Cv2.PhaseCorrelate(pWindow, qWindow, hanning, out var response);
        return (shift.X * SampleStep, shift.Y * SampleStep, response);
    }

    private static Mat Sample(Mat image, AffineModel2D toWorld, double x, double y)
    {
        var (mapX, mapY) = Maps(toWorld, x, y);
        using (mapX)
        using (mapY)
        {
            using var sampled = new Mat();
            Cv2.Remap(image, sampled, mapX, mapY, InterpolationFlags.Linear);
            var window = new Mat();
            sampled.ConvertTo(window, MatType.CV_64FC1);
            return window;
        }
    }

    /// <summary>Level-1 pixel coordinates of the window's world samples around (x, y) (render's mipmaps: full-scale = 2 × level 1).</summary>
    private static (Mat X, Mat Y) Maps(AffineModel2D toWorld, double x, double y)
    {
        var mapX = new Mat(WindowSize, WindowSize, MatType.CV_32FC1);
        var mapY = new Mat(WindowSize, WindowSize, MatType.CV_32FC1);
        for (var r = 0; r < WindowSize; r++)
        {
            for (var c = 0; c < WindowSize; c++)
            {
                double wx = x + ((c - (WindowSize / 2)) * SampleStep), wy = y + ((r - (WindowSize / 2)) * SampleStep);
                toWorld.ApplyInverseInPlace(ref wx, ref wy);
                mapX.Set(r, c, (float)(wx / 2));
                mapY.Set(r, c, (float)(wy / 2));
            }
        }

        return (mapX, mapY);
    }
}
