using Render.Export.Files;
using Render.Export.Mipmaps;
using Render.Imaging.Rendering;
using Render.Model.Jobs;
using Render.Model.Tiles;

namespace Render.Export.Tests.Mipmaps;

/// <summary>render's MipmapClient on a stack made in the test.</summary>
public sealed class MipmapGeneratorTests : IDisposable
{
    private readonly TestStack _stack = TestStack.Create(2, 1, 256, 256, [1], masks: true);
    private readonly string _root;

    public MipmapGeneratorTests() => _root = Directory.CreateDirectory(Path.Combine(_stack.Folder, "mipmaps")).FullName;

    public void Dispose() => _stack.Dispose();

    [Fact]
    public async Task Generate_TwoTilesWithMasks_EachLevelIsTheTwoByTwoAverageOfTheOneAbove()
    {
        var generator = new MipmapGenerator(new MipmapOptions(_root, MaxLevel: 4, Format: ImageFileFormat.Png));

        var result = await generator.GenerateAsync(_stack.Tiles, WorkPart.All);

        Assert.Equal(16, result.FilesWritten);
        foreach (var tile in _stack.Tiles)
        {
            var entry = tile.MipmapLevels[0];
            foreach (var url in new[] { entry.ImageUrl!, entry.MaskUrl! })
            {
                var above = TestStack.Read(url[5..]);
                for (var level = 1; level <= 4; level++)
                {
                    var file = TestStack.Read(MipmapPaths.Derive(generator.PathBuilder, url, level));
                    Pixels.AssertEqual(Pixels.HalfOf(above), file, $"level {level} of {url}");
                    above = file;
                }
            }
        }
    }

    [Fact]
    public async Task Generate_Files_AreWhereRendersMipmapPathBuilderPutsThem()
    {
        var generator = new MipmapGenerator(new MipmapOptions(_root + "/", MaxLevel: 2));

        await generator.GenerateAsync(_stack.Tiles, WorkPart.All);

        // render: [root path]/[level]/[source (level 0) path].[extension], the root kept with one trailing '/'.
        Assert.Equal(new Model.Stacks.MipmapPathBuilder(_root + "/", 2, "tif"), generator.PathBuilder);
        var source = _stack.Tiles[0].MipmapLevels[0].ImageUrl![5..];
        Assert.True(File.Exists($"{_root}/1{source}.tif"));
        Assert.True(File.Exists($"{_root}/2{source}.tif"));
        Assert.Equal(128, TestStack.Read($"{_root}/1{source}.tif").Width);
        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Generate_SecondRun_KeepsTheFilesUnlessForced()
    {
        var options = new MipmapOptions(_root, MaxLevel: 2);
        await new MipmapGenerator(options).GenerateAsync(_stack.Tiles, WorkPart.All);

        var again = await new MipmapGenerator(options).GenerateAsync(_stack.Tiles, WorkPart.All);
        var forced = await new MipmapGenerator(options with { ForceGeneration = true }).GenerateAsync(_stack.Tiles, WorkPart.All);

        Assert.Equal(0, again.FilesWritten);
        Assert.All(again.Tiles, tile => Assert.True(tile.Skipped));
        Assert.Equal(8, forced.FilesWritten);
    }

    [Fact]
    public async Task Generate_MinLevelTwo_WritesNoLevelOne()
    {
        var generator = new MipmapGenerator(new MipmapOptions(_root, MinLevel: 2, MaxLevel: 3));

        await generator.GenerateAsync(_stack.Tiles, WorkPart.All);

        var url = _stack.Tiles[0].MipmapLevels[0].ImageUrl!;
        Assert.False(File.Exists(MipmapPaths.Derive(generator.PathBuilder, url, 1)));
        Assert.Equal(64, TestStack.Read(MipmapPaths.Derive(generator.PathBuilder, url, 2)).Width);
    }

    [Fact]
    public async Task Generate_RenderGroupTwoOfTwo_MakesOnlyTheSecondTile()
    {
        var generator = new MipmapGenerator(new MipmapOptions(_root, MaxLevel: 1));

        var result = await generator.GenerateAsync(_stack.Tiles, WorkPart.FromRenderGroup(2, 2));

        Assert.Equal((1, 2), (result.Start, result.End));
        Assert.False(File.Exists(MipmapPaths.Derive(generator.PathBuilder, _stack.Tiles[0].MipmapLevels[0].ImageUrl!, 1)));
        Assert.True(File.Exists(MipmapPaths.Derive(generator.PathBuilder, _stack.Tiles[1].MipmapLevels[0].ImageUrl!, 1)));
    }

    [Fact]
    public async Task Generate_MissingImageInOneTile_NamesItAndWritesTheOthers()
    {
        var generator = new MipmapGenerator(new MipmapOptions(_root, MaxLevel: 1));
        var missing = _stack.Tiles[0] with { MipmapLevels = MipmapLevelDictionary.Of(0, new ImageAndMask("file:" + _stack.Folder + "/gone.png")) };

        var error = await Assert.ThrowsAsync<ExportException>(() => generator.GenerateAsync([missing, _stack.Tiles[1]], WorkPart.All));

        Assert.Contains($"tile '{missing.TileId}': image 'file:{_stack.Folder}/gone.png' of tile '{missing.TileId}' cannot be read: the file does not exist", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("mipmaps of 1 of 2 tiles could not be made", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(MipmapPaths.Derive(generator.PathBuilder, missing.MipmapLevels[0].ImageUrl!, 1)));
        Assert.True(File.Exists(MipmapPaths.Derive(generator.PathBuilder, _stack.Tiles[1].MipmapLevels[0].ImageUrl!, 1)));
        Assert.Empty(Directory.GetFiles(_root, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Constructor_MissingRoot_SaysSo()
    {
        var error = Assert.Throws<ExportException>(() => new MipmapGenerator(new MipmapOptions(Path.Combine(_root, "absent"))));

        Assert.Equal($"missing root directory {Path.Combine(_root, "absent")}", error.Message);
    }

    [Fact]
    public void Constructor_RootBelowAFile_IsNotWritable()
    {
        var file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<ExportException>(() => new MipmapGenerator(new MipmapOptions(file)));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 6, "minLevel must be from 1 to maxLevel (6), but was 0")]
    [InlineData(3, 2, "minLevel must be from 1 to maxLevel (2), but was 3")]
    [InlineData(1, 31, "maxLevel must be from 1 to 30, but was 31")]
    public void Constructor_BadLevels_Refused(int min, int max, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new MipmapGenerator(new MipmapOptions(_root, min, max)));

        Assert.Equal(message, error.Message);
    }
}
