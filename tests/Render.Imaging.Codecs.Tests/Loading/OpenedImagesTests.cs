using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests.Loading;

/// <summary>
/// <see cref="TileImageLoader.Open"/>: render-ws's check that every tile's image can be read, made by
/// opening each file once, and the loads that then read the open files.
/// </summary>
public sealed class OpenedImagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("render-opened-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Open_MissingFile_IsRefusedWithRendersMessage()
    {
        var missing = Path.Combine(_folder, "absent.png");

        var error = Assert.Throws<ArgumentException>(() => Loader().Open([Tile("t1", missing)], excludeMask: true));

        Assert.Equal($"image '{missing}' of tile 't1' cannot be read: the file does not exist", error.Message);
    }

    [Fact]
    public void Open_Folder_IsRefusedAsMissing()
    {
        var error = Assert.Throws<ArgumentException>(() => Loader().Open([Tile("t1", _folder)], excludeMask: true));

        Assert.EndsWith("cannot be read: the file does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OutsideTheRoots_IsForbidden()
    {
        var loader = new TileImageLoader(new ImageAccessPolicy([Path.Combine(_folder, "elsewhere")]), new ImageCache());

        Assert.Throws<ImageAccessException>(() => loader.Open([Tile("t1", Copy("a.png"))], excludeMask: true));
    }

    [Fact]
    public void Open_MaskSharedByTiles_IsOpenedOnce()
    {
        var mask = Copy("mask.png");

        using var opened = Loader().Open([Tile("t1", Copy("a.png"), mask), Tile("t2", Copy("b.png"), mask)], excludeMask: false);

        Assert.Equal(3, opened.OpenFiles);
    }

    [Fact]
    public void Open_ExcludedMask_IsNotOpened()
    {
        using var opened = Loader().Open([Tile("t1", Copy("a.png"), Path.Combine(_folder, "absent-mask.png"))], excludeMask: true);

        Assert.Equal(1, opened.OpenFiles);
    }

    [Fact]
    public void Load_AfterOpen_ReadsTheOpenFileNotThePath()
    {
        var image = Copy("a.png");
        var tile = Tile("t1", image);
        using var opened = Loader().Open([tile], excludeMask: true);

        // The name is gone; the open file still holds the pixels, so the load did not look the path up again.
        File.Delete(image);
        var loaded = opened.Load(Source(tile), level: 0, withMask: false);

        Assert.NotNull(loaded);
        Assert.Equal((20, 10), (loaded.Image.Width, loaded.Image.Height));
        Assert.Equal(77, loaded.Image.Gray![3, 4]);
    }

    [Fact]
    public void Open_MoreFilesThanTheLimit_ChecksTheRestAndLoadsThemByPath()
    {
        var tiles = Enumerable.Range(0, OpenedImages.MaxOpenFiles + 2).Select(i => Tile($"t{i}", Copy($"{i}.png"))).ToList();

        using var opened = Loader().Open(tiles, excludeMask: true);
        var last = opened.Load(Source(tiles[^1]), level: 0, withMask: false);

        Assert.Equal(OpenedImages.MaxOpenFiles, opened.OpenFiles);
        Assert.Equal(77, last!.Image.Gray![0, 0]);
    }

    [Fact]
    public void Open_MissingFileBeyondTheLimit_IsStillRefused()
    {
        var tiles = Enumerable.Range(0, OpenedImages.MaxOpenFiles).Select(i => Tile($"t{i}", Copy($"{i}.png"))).ToList();
        tiles.Add(Tile("late", Path.Combine(_folder, "absent.png")));

        Assert.Throws<ArgumentException>(() => Loader().Open(tiles, excludeMask: true));
    }

    [Fact]
    public void Dispose_ClosesTheFiles()
    {
        var opened = Loader().Open([Tile("t1", Copy("a.png"))], excludeMask: true);

        opened.Dispose();

        Assert.Equal(0, opened.OpenFiles);
    }

    private static TileImageLoader Loader() => new(ImageAccessPolicy.AnyLocalFile, new ImageCache());

    private static TileSpec Tile(string tileId, string image, string? mask = null) =>
        new(TileId: tileId, Width: 20, Height: 10, MipmapLevels: MipmapLevelDictionary.Of(0, new ImageAndMask(image, MaskUrl: mask)));

    private static ChannelSource Source(TileSpec tile) => new(tile.TileId, tile.MipmapLevels, null, 20, 10);

    /// <summary>A copy of a uniform 20×10 PNG of value 77 under its own name in this test's folder.</summary>
    private string Copy(string name)
    {
        var path = Path.Combine(_folder, name);
        File.Copy(SyntheticTiles.Png(20, 10, 77), path);
        return path;
    }
}
