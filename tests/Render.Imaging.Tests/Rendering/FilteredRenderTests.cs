using Render.Imaging.Filters;
using Render.Imaging.Pixels;
using Render.Imaging.Rendering;
using Render.Imaging.Tests.Filters;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Tests.Rendering;

/// <summary>Filters applied by the renderer: after loading, before mapping, on a copy of the loaded pixels.</summary>
public sealed class FilteredRenderTests
{
    private static readonly Raster Dot = Images.Gray8(5, [.. Enumerable.Range(0, 25).Select(i => i == 12 ? 90 : 10)]);
    private static readonly Raster Blacks = Images.Gray8(4, 0, 20, 0, 30, 0, 40, 255, 50, 0, 60, 0, 70, 0, 80, 0, 90);

    [Fact]
    public void Render_TileFilterSpec_IsAppliedBeforeMapping()
    {
        var tile = Tile("dot", 5) with { FilterSpec = FilterRegistryTests.Spec(Rank.JavaClassName, ("radius", "1"), ("filterType", "2")) };

        using var canvas = Render(new RenderParameters(Width: 5, Height: 5, SkipInterpolation: true, TileSpecs: [tile]), 1);

        Assert.Equal((90, 90, 10), (canvas!.Image.Gray![1, 1], canvas.Image.Gray[3, 3], canvas.Image.Gray[0, 0]));
        Assert.Equal(90, Images.Values(Dot).Max());
        Assert.Equal(10, Images.Values(Dot)[0]);
    }

    [Fact]
    public void Render_FilterSpecs_ApplyToEveryTileWithoutDoFilter()
    {
        var median = FilterRegistryTests.Spec(Rank.JavaClassName, ("radius", "1"), ("filterType", "4"));

        using var canvas = Render(new RenderParameters(Width: 5, Height: 5, SkipInterpolation: true, FilterSpecs: [median], TileSpecs: [Tile("dot", 5)]), 1);

        Assert.Equal(10, canvas!.Image.Gray![2, 2]);
    }

    [Fact]
    public void Render_DoFilterWithSeededNoise_IsReproducibleAndReplacesBlackAndWhite()
    {
        var parameters = new RenderParameters(Width: 4, Height: 4, SkipInterpolation: true, DoFilter: true, TileSpecs: [Tile("blacks", 4)]);

        using var first = Render(parameters, 11);
        using var second = Render(parameters, 11);
        using var plain = Render(parameters with { DoFilter = false }, 11);

        Assert.Equal(first!.Image.Gray!.Pixels.ToArray(), second!.Image.Gray!.Pixels.ToArray());
        Assert.NotEqual(plain!.Image.Gray!.Pixels.ToArray(), first.Image.Gray.Pixels.ToArray());
        Assert.Equal(Images.Values(Blacks), Images.Values(plain.Image));
    }

    private static Canvas? Render(RenderParameters parameters, int seed) =>
        new CanvasRenderer(new InMemoryTileLoader(new Dictionary<string, Raster> { ["dot"] = Dot, ["blacks"] = Blacks }), 1, new Random(seed)).Render(parameters);

    private static TileSpec Tile(string image, int size) =>
        new(TileId: image, Width: size, Height: size, MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask(image)));
}
