using Render.Imaging.Codecs.Loading;
using Render.Imaging.Output;
using Render.Imaging.Rendering;

namespace Render.Imaging.Codecs.Tests.Golden;

/// <summary>
/// render's RenderParametersTest.testIsRenderedCoordinateInsideTiles on rotated_bowtie_tiles.json:
/// two tiles rotated by 45° whose rendered pixels cover the listed "inside" points and leave the
/// "outside" points (and anything beyond the 513×353 target) empty. The tiles' images are
/// synthetic (every pixel 200) since only coverage is tested.
/// </summary>
public sealed class BowtieTests
{
    public static TheoryData<int, int> Inside => new() { { 170, 80 }, { 330, 80 }, { 170, 180 }, { 250, 180 }, { 330, 180 }, { 170, 300 }, { 330, 300 } };

    public static TheoryData<int, int> Outside => new()
    {
        { 0, 0 }, { 170, 0 }, { 250, 0 }, { 330, 0 }, { 513, 0 }, { 0, 80 }, { 250, 80 }, { 510, 80 }, { 0, 180 }, { 510, 180 },
        { 0, 300 }, { 250, 300 }, { 510, 300 }, { 0, 353 }, { 170, 353 }, { 250, 353 }, { 330, 353 }, { 510, 353 },
    };

    [Theory]
    [MemberData(nameof(Inside))]
    public void Render_PointInsideATile_IsCovered(int x, int y) => Assert.True(Covered(x, y));

    [Theory]
    [MemberData(nameof(Outside))]
    public void Render_PointOutsideBothTiles_IsEmpty(int x, int y) => Assert.False(Covered(x, y));

    private static bool Covered(int x, int y)
    {
        var parameters = SyntheticTiles.Parameters("render-parameters-test/rotated_bowtie_tiles.json", 200);
        using var canvas = new CanvasRenderer(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache())).Render(parameters);
        using var argb = ArgbOutput.Create(canvas, parameters);
        Assert.Equal((513, 353), (argb.Width, argb.Height));
        return x < argb.Width && y < argb.Height && (argb[x, y] & 0xff) != 0;
    }
}
