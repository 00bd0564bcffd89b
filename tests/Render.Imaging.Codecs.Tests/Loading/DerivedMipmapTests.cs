using NetVips;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests.Loading;

/// <summary>
/// A request served by a derived mipmap level opens only that level: render's UrlMipmapSource uses
/// the builder's level-n file when it exists and never touches level 0, so a missing level-0 file
/// fails only the requests that need it.
/// </summary>
public sealed class DerivedMipmapTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("render-derived-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Render_LevelZeroMissingButLevelThreeDerived_ReadsLevelThree()
    {
        var (parameters, builder, levelZero) = Setup();
        WriteGray(MipmapPaths.Derive(builder, levelZero, 3), 128, 128, 200);
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());

        loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
        using var canvas = new CanvasRenderer(loader, 1).Render(parameters)!;

        Assert.Equal((128, 128), (canvas.Width, canvas.Height));
        // The first row and column lie before the level's first pixel centre (render's (2^L - 1)/2 offset) and stay empty.
        for (var y = 1; y < 128; y++)
        {
            Assert.All(canvas.Image.Gray!.Row(y)[1..].ToArray(), value => Assert.Equal(200, value));
        }
    }

    [Fact]
    public void Render_LevelZeroAndDerivedLevelMissing_NamesTheLevelZeroFileAndTile()
    {
        var (parameters, _, levelZero) = Setup();
        var loader = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache());

        loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
        var error = Assert.Throws<ArgumentException>(() => new CanvasRenderer(loader, 1).Render(parameters));

        Assert.Equal($"image '{levelZero}' of tile 't1' cannot be read: the file does not exist", error.Message);
    }

    [Fact]
    public void Validate_ImageOutsideTheRoots_StillRefusedBeforeRendering()
    {
        var (parameters, _, _) = Setup();
        var loader = new TileImageLoader(new ImageAccessPolicy([Path.Combine(_folder, "elsewhere")]), new ImageCache());

        Assert.Throws<ImageAccessException>(() => loader.Validate(parameters.TileSpecs, parameters.ExcludeMask));
    }

    /// <summary>A 1024² tile (large enough for render's scale sampling to pick level 3 at 1/8) whose level-0 file is never written.</summary>
    private (RenderParameters Parameters, MipmapPathBuilder Builder, string LevelZero) Setup()
    {
        var levelZero = "file:" + Path.Combine(_folder, "source", "tile.png");
        var builder = new MipmapPathBuilder(Path.Combine(_folder, "mipmaps") + "/", 3, "png");
        var tile = new TileSpec(
            TileId: "t1", Z: 1, MinX: 0, MinY: 0, MaxX: 1024, MaxY: 1024, Width: 1024, Height: 1024,
            MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask(levelZero)));
        var parameters = new RenderParameters(X: 0, Y: 0, Width: 1024, Height: 1024, Scale: 0.125, MipmapPathBuilder: builder, TileSpecs: [tile]);
        return (parameters, builder, levelZero);
    }

    private static void WriteGray(string path, int width, int height, byte value)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var black = Image.Black(width, height);
        using var grey = (black + value).Cast(Enums.BandFormat.Uchar);
        grey.Pngsave(path);
    }
}
