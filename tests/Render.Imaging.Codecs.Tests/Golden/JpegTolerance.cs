namespace Render.Imaging.Codecs.Tests.Golden;

/// <summary>
/// How close a decoded JPEG must be to render's: the encoders differ (ImageIO vs libjpeg-turbo
/// through libvips, both IJG tables at quality 85 with 4:2:0 chroma), so 8×8 blocks may round
/// differently; the pixels under them must not. Measured on expected_stitched_4_tiles.jpg: mean
/// absolute difference 0.315, largest 8 (of 0..255).
/// </summary>
internal static class JpegTolerance
{
    /// <summary>The mean absolute difference allowed over all decoded values.</summary>
    public const double Mean = 0.5;

    /// <summary>The largest difference allowed for any one value.</summary>
    public const int Max = 10;
}
