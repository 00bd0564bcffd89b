using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests.Loading;

/// <summary>
/// <see cref="TileImageLoader.Open"/>: the files of one request, each opened once as the level that
/// needs it is loaded (the lookup is the open), and the loads that then read the open files.
/// </summary>
public sealed class OpenedImagesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("render-opened-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_MissingFile_IsRefusedWithRendersMessage()
    {
        var missing = Path.Combine(_folder, "absent.png");
        var tile = Tile("t1", missing);
        using var opened = Loader().Open([tile], excludeMask: true);

        var error = Assert.Throws<ArgumentException>(() => opened.Load(Source(tile), level: 0, withMask: false));

        Assert.Equal($"image '{missing}' of tile 't1' cannot be read: the file does not exist", error.Message);
        Assert.Equal(0, opened.OpenFiles);
    }

    [Fact]
    public void Load_Folder_IsRefusedAsMissing()
    {
        var tile = Tile("t1", _folder);
        using var opened = Loader().Open([tile], excludeMask: true);

        var error = Assert.Throws<ArgumentException>(() => opened.Load(Source(tile), level: 0, withMask: false));

        Assert.EndsWith("cannot be read: the file does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_OutsideTheRoots_IsForbidden()
    {
        var loader = new TileImageLoader(new ImageAccessPolicy([Path.Combine(_folder, "elsewhere")]), new ImageCache());

        Assert.Throws<ImageAccessException>(() => loader.Open([Tile("t1", Copy("a.png"))], excludeMask: true));
    }

    [Fact]
    public void Open_MissingFile_OpensNothingBeforeTheLoad()
    {
        using var opened = Loader().Open([Tile("t1", Path.Combine(_folder, "absent.png"))], excludeMask: true);

        Assert.Equal(0, opened.OpenFiles);
    }

    [Fact]
    public void Load_MaskSharedByTiles_IsOpenedOnce()
    {
        var mask = Copy("mask.png");
        var (t1, t2) = (Tile("t1", Copy("a.png"), mask), Tile("t2", Copy("b.png"), mask));
        using var opened = Loader().Open([t1, t2], excludeMask: false);

        opened.Load(Source(t1), level: 0, withMask: true);
        opened.Load(Source(t2), level: 0, withMask: true);

        Assert.Equal(3, opened.OpenFiles);
    }

    [Fact]
    public void Load_ExcludedMask_IsNotOpened()
    {
        var tile = Tile("t1", Copy("a.png"), Path.Combine(_folder, "absent-mask.png"));
        using var opened = Loader().Open([tile], excludeMask: true);

        opened.Load(Source(tile), level: 0, withMask: false);

        Assert.Equal(1, opened.OpenFiles);
    }

    [Fact]
    public void Load_Again_ReadsTheOpenFileNotThePath()
    {
        var image = Copy("a.png");
        var tile = Tile("t1", image);
        // A cache too small to keep anything: the second load decodes the file again.
        using var opened = new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache(maxBytes: 1)).Open([tile], excludeMask: true);
        opened.Load(Source(tile), level: 0, withMask: false);

        // The name is gone; the open file still holds the pixels, so the load did not look the path up again.
        File.Delete(image);
        var loaded = opened.Load(Source(tile), level: 0, withMask: false);

        Assert.NotNull(loaded);
        Assert.Equal((20, 10), (loaded.Image.Width, loaded.Image.Height));
        Assert.Equal(77, loaded.Image.Gray![3, 4]);
    }

    [Fact]
    public void Load_DerivedMipmapLevel_OpensOnlyThatLevel()
    {
        var levelZero = Path.Combine(_folder, "source", "tile.png");
        var builder = new MipmapPathBuilder(Path.Combine(_folder, "mipmaps") + "/", 3, "png");
        var levelThree = MipmapPaths.Derive(builder, levelZero, 3);
        Directory.CreateDirectory(Path.GetDirectoryName(levelThree)!);
        File.Copy(SyntheticTiles.Png(20, 10, 77), levelThree);
        var tile = Tile("t1", levelZero);
        using var opened = Loader().Open([tile], excludeMask: true);

        var loaded = opened.Load(new ChannelSource(tile.TileId, tile.MipmapLevels, builder, 160, 80), level: 3, withMask: false);

        Assert.Equal(77, loaded!.Image.Gray![3, 4]);
        Assert.Equal(1, opened.OpenFiles);
    }

    [Fact]
    public void Load_MoreFilesThanTheLimit_ReadsTheRestByPath()
    {
        var tiles = Enumerable.Range(0, OpenedImages.MaxOpenFiles + 2).Select(i => Tile($"t{i}", Copy($"{i}.png"))).ToList();
        using var opened = Loader().Open(tiles, excludeMask: true);

        var loads = tiles.Select(tile => opened.Load(Source(tile), level: 0, withMask: false)).ToList();

        Assert.Equal(OpenedImages.MaxOpenFiles, opened.OpenFiles);
        Assert.Equal(77, loads[^1]!.Image.Gray![0, 0]);
    }

    [Fact]
    public void Load_MissingFileBeyondTheLimit_IsStillRefused()
    {
        var tiles = Enumerable.Range(0, OpenedImages.MaxOpenFiles).Select(i => Tile($"t{i}", Copy($"{i}.png"))).ToList();
        var late = Tile("late", Path.Combine(_folder, "absent.png"));
        using var opened = Loader().Open([.. tiles, late], excludeMask: true);
        tiles.ForEach(tile => opened.Load(Source(tile), level: 0, withMask: false));

        Assert.Throws<ArgumentException>(() => opened.Load(Source(late), level: 0, withMask: false));
    }

    [Fact]
    public void Dispose_ClosesTheFiles()
    {
        var tile = Tile("t1", Copy("a.png"));
        var opened = Loader().Open([tile], excludeMask: true);
        opened.Load(Source(tile), level: 0, withMask: false);

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
