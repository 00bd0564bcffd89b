using Render.Imaging.Codecs.Loading;
using Render.Imaging.Output;
using Render.Imaging.Rendering;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests.Golden;

/// <summary>render's RenderRawTileTest: a 4×4 RGB tile, identity, scale 1, no interpolation, comes back unchanged.</summary>
public sealed class RawTileTests
{
    private static readonly int[] Expected =
    [
        0xff2600, 0x00f900, 0x0432ff, 0xff2600,
        0x00f900, 0x00f900, 0x0432ff, 0xff2600,
        0x0432ff, 0x0432ff, 0x0432ff, 0xff2600,
        0xff2600, 0xff2600, 0xff2600, 0xff2600,
    ];

    [Fact]
    public void RenderArgb_RawTileWithoutInterpolation_EqualsTheSource()
    {
        var tile = new TileSpec(
            TileId: "raw", Width: 4, Height: 4,
            MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask("file:" + Fixtures.File("raw-tile-test/raw-tile.png"))));
        var parameters = new RenderParameters(Width: 4, Height: 4, SkipInterpolation: true, TileSpecs: [tile]);

        using var canvas = new CanvasRenderer(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache())).Render(parameters);
        using var argb = ArgbOutput.Create(canvas, parameters);

        Assert.Equal(Expected.Select(rgb => unchecked((int)0xff000000) | rgb), argb.Pixels.ToArray());
    }
}
