using Render.Imaging.Rendering;
using Render.Model.Stacks;

namespace Render.Imaging.Tests.Rendering;

/// <summary>render's MipmapPathBuilderTest: root + level + the level-0 path + extension; dynamic masks get a level parameter.</summary>
public sealed class MipmapPathsTests
{
    private static readonly MipmapPathBuilder Builder = new("file:/mipmaps/", 3, "tif");

    [Theory]
    [InlineData("file:/masks/test-mask.png", 1, "file:/mipmaps/1/masks/test-mask.png.tif")]
    [InlineData("file:/masks/test-mask.png", 5, "file:/mipmaps/3/masks/test-mask.png.tif")]
    [InlineData("masks/relative.png", 2, "file:/mipmaps/2/masks/relative.png.tif")]
    [InlineData("mask://outside-box?minX=1&width=4", 2, "mask://outside-box?minX=1&width=4&level=2")]
    public void Derive_LevelZeroUrl_IsRendersMipmapUrl(string url, int level, string expected) =>
        Assert.Equal(expected, MipmapPaths.Derive(Builder, url, level));

    [Fact]
    public void Derive_RootWithoutSlash_GetsOne() =>
        Assert.Equal("/m/1/a.png.jpg", MipmapPaths.Derive(new MipmapPathBuilder("/m", 4, "jpg"), "file:/a.png", 1));
}
