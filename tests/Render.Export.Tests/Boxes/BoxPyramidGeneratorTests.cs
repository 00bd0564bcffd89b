using Render.Export.Boxes;
using Render.Export.Rendering;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Output;
using Render.Imaging.Rendering;
using Render.Model;
using Render.Model.Jobs;

namespace Render.Export.Tests.Boxes;

/// <summary>render's BoxClient on a stack made in the test: 3 × 2 tiles of 300 pixels, boxes of 256.</summary>
public sealed class BoxPyramidGeneratorTests : IDisposable
{
    private readonly TestStack _stack = TestStack.Create(3, 2, 300, 300, [5]);
    private readonly LayerTiles _layers;
    private readonly string _root;

    public BoxPyramidGeneratorTests()
    {
        _layers = new LayerTiles(_stack.Tiles);
        _root = Path.Combine(_stack.Folder, "boxes");
    }

    public void Dispose() => _stack.Dispose();

    private BoxOptions Options => new(_root, "p", "s", 256, 256, MaxLevel: 2, MaxOverviewWidthAndHeight: 64);

    [Fact]
    public async Task GenerateLayer_TwoLevels_FilesWhereLargeDataTileSourceReadsThem()
    {
        var generator = new BoxPyramidGenerator(Options, _layers.StackBounds(), _layers);

        var result = await generator.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.All);

        // Layer 0..900 x 0..600: columns 0..3, rows 0..2 at level 0; 2 x 2 at level 1; one box at level 2.
        var box = Path.Combine(_root, "p", "s", "256x256");
        Assert.Equal(Path.Combine(_root, "p", "s"), generator.Paths.StackDirectory);
        Assert.Equal(12, Directory.GetFiles(Path.Combine(box, "0", "5"), "*.png", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(box, "0", "5", "2", "3.png")));
        Assert.Equal(4, Directory.GetFiles(Path.Combine(box, "1", "5"), "*.png", SearchOption.AllDirectories).Length);
        Assert.True(File.Exists(Path.Combine(box, "2", "5", "0", "0.png")));
        Assert.True(File.Exists(Path.Combine(box, "small", "5.png")));
        Assert.True(result.OverviewWritten);
        Assert.Equal(12 + 4 + 1, result.BoxesWritten);
        Assert.Empty(Directory.GetFiles(box, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task GenerateLayer_LevelZero_IsTheRenderedBoxAndLevelOneItsAverage()
    {
        var generator = new BoxPyramidGenerator(Options, _layers.StackBounds(), _layers);

        await generator.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.All);

        var parameters = await _layers.GetBoxAsync(new BoxRequest(5, 256, 256, 256, 256, 1), CancellationToken.None);
        using var canvas = new CanvasRenderer(new TileImageLoader(ImageAccessPolicy.AnyLocalFile, new ImageCache()), 1).Render(parameters);
        using var argb = ArgbOutput.Create(canvas, parameters);
        var expected = OpaquePixels.ToGray(argb);
        var levelZero = TestStack.Read(generator.Paths.Box(0, 5, 1, 1));
        Assert.Equal(expected, levelZero.Gray!.Pixels.ToArray().Select(v => (byte)v));

        // Level 1 box (0, 0) is the 2x2 average of level-0 boxes (0..1, 0..1).
        var four = Imaging.Pixels.Raster.Allocate(Imaging.Pixels.PixelKind.Gray8, 512, 512);
        for (var q = 0; q < 4; q++)
        {
            var part = TestStack.Read(generator.Paths.Box(0, 5, q / 2, q % 2));
            for (var y = 0; y < 256; y++)
            {
                part.Gray!.Row(y).CopyTo(four.Gray!.Row(((q / 2) * 256) + y)[((q % 2) * 256)..]);
            }
        }

        Pixels.AssertEqual(Pixels.HalfOf(four), TestStack.Read(generator.Paths.Box(1, 5, 0, 0)), "level 1 box 0,0");
    }

    [Fact]
    public async Task GenerateLayer_HigherLevelsFromMemory_EqualTheLevelsBuiltFromFiles()
    {
        var generator = new BoxPyramidGenerator(Options, _layers.StackBounds(), _layers);
        await generator.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.All);
        var fromMemory = new[] { (1, 0, 0), (1, 0, 1), (1, 1, 0), (1, 1, 1), (2, 0, 0) }
            .ToDictionary(b => b, b => File.ReadAllBytes(generator.Paths.Box(b.Item1, 5, b.Item2, b.Item3)));

        // A second run keeps level 0 (its files, nothing in memory) and rebuilds the higher levels from those files.
        Directory.Delete(Path.Combine(generator.Paths.BoxDirectory, "1"), recursive: true);
        Directory.Delete(Path.Combine(generator.Paths.BoxDirectory, "2"), recursive: true);
        var rerun = await generator.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.All);

        Assert.Equal(5, rerun.BoxesWritten);
        foreach (var ((level, row, column), bytes) in fromMemory)
        {
            Assert.Equal(bytes, File.ReadAllBytes(generator.Paths.Box(level, 5, row, column)));
        }
    }

    [Fact]
    public async Task GenerateLayer_TwoRenderGroups_TogetherWriteWhatOneRunWrites()
    {
        var whole = new BoxPyramidGenerator(Options with { RootDirectory = _root + "-whole" }, _layers.StackBounds(), _layers);
        await whole.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.All);
        var split = new BoxPyramidGenerator(Options with { MaxLevel = 1 }, _layers.StackBounds(), _layers);

        var first = await split.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.FromRenderGroup(1, 2));
        var second = await split.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.FromRenderGroup(2, 2));

        // Areas of 2 x 2 boxes: 2 x 2 areas, so each group draws two areas and builds their level-1 boxes.
        Assert.Equal(12 + 4, first.BoxesWritten + second.BoxesWritten);
        foreach (var file in Directory.GetFiles(Path.Combine(split.Paths.BoxDirectory, "1"), "*.png", SearchOption.AllDirectories))
        {
            var same = Path.Combine(whole.Paths.BoxDirectory, Path.GetRelativePath(split.Paths.BoxDirectory, file));
            Assert.Equal(File.ReadAllBytes(same), File.ReadAllBytes(file));
        }
    }

    [Fact]
    public void WriteEmptyImage_TransparentBox_SavedAsBlackGrey()
    {
        var generator = new BoxPyramidGenerator(Options, _layers.StackBounds(), _layers);

        generator.WriteEmptyImage();

        var empty = TestStack.Read(Path.Combine(_root, "p", "s", "256x256", "empty.png"));
        Assert.Equal((256, 256, Imaging.Pixels.PixelKind.Gray8), (empty.Width, empty.Height, empty.Kind));
        Assert.All(empty.Gray!.Pixels.ToArray(), value => Assert.Equal(0, value));
    }

    [Fact]
    public async Task GenerateLayer_SecondRun_KeepsEveryBox()
    {
        var generator = new BoxPyramidGenerator(Options, _layers.StackBounds(), _layers);
        await generator.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.All);
        var written = File.GetLastWriteTimeUtc(generator.Paths.Box(0, 5, 0, 0));

        var again = await generator.GenerateLayerAsync(5, _layers.LayerBounds(5)!, WorkPart.All);

        Assert.Equal((0, 17), (again.BoxesWritten, again.BoxesKept));
        Assert.Equal(written, File.GetLastWriteTimeUtc(generator.Paths.Box(0, 5, 0, 0)));
    }

    [Fact]
    public void Constructor_StackWithoutBounds_SaysHowToGetThem()
    {
        var error = Assert.Throws<ExportException>(() => BoxPyramidGenerator.ForStack(Options, TestStack.Metadata(bounds: null), _layers));

        Assert.Equal("missing bounds for stack s, completing the stack will derive and store bounds", error.Message);
    }

    [Fact]
    public void Constructor_RootBelowAFile_NamesTheFolder()
    {
        Directory.CreateDirectory(_stack.Folder);
        var file = Path.Combine(_stack.Folder, "a-file");
        File.WriteAllText(file, "x");

        var error = Assert.Throws<ExportException>(() => new BoxPyramidGenerator(Options with { RootDirectory = file }, _layers.StackBounds(), _layers));

        Assert.StartsWith($"not allowed to write to stack directory {Path.Combine(file, "p", "s")}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GenerateLayer_MissingImageInOneTile_NamesItAndBuildsNoHigherLevel()
    {
        var broken = _stack.Tiles.Select((t, i) => i == 0 ? t with { MipmapLevels = Model.Tiles.MipmapLevelDictionary.Of(0, new("file:" + _stack.Folder + "/gone.png")) } : t);
        var layers = new LayerTiles(broken);
        var generator = new BoxPyramidGenerator(Options, layers.StackBounds(), layers);

        var error = await Assert.ThrowsAsync<ExportException>(() => generator.GenerateLayerAsync(5, layers.LayerBounds(5)!, WorkPart.All));

        Assert.Contains($"image 'file:{_stack.Folder}/gone.png' of tile 'z5-r0-c0' cannot be read: the file does not exist", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("4 of 12 boxes of z 5 could not be rendered", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(generator.Paths.Box(0, 5, 0, 0)));
        Assert.True(File.Exists(generator.Paths.Box(0, 5, 2, 3)));
        Assert.False(Directory.Exists(Path.Combine(generator.Paths.BoxDirectory, "1")));
        Assert.Empty(Directory.GetFiles(generator.Paths.BoxDirectory, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData(1, 4, 0, 6)]
    [InlineData(2, 4, 2, 0)]
    [InlineData(4, 4, 7, 7)]
    public void BoxGrid_RenderGroupsOfAreas_AsRendersSectionBoxBounds(int group, int groups, int row, int column)
    {
        // 8 x 8 boxes, maxLevel 1: 4 x 4 areas of 2 x 2 boxes; 16 areas over 4 groups, 4 each, row by row.
        var grid = new BoxGrid(new Bounds(0, 0, 0, 799, 799, 0), 100, 100, 1, WorkPart.FromRenderGroup(group, groups));

        Assert.True(grid.IsInPart(row, column));
        Assert.False(grid.IsInPart((row + 2) % 8, column));
        Assert.Equal(16, grid.Boxes().Count());
    }
}
