using Render.Export.Boxes;
using Render.Export.Rendering;
using Render.Model.Jobs;

namespace Render.Export.Tests.Boxes;

/// <summary>render's BoxClient --label on 2 × 1 masked tiles of 300 pixels side by side, boxes of 256.</summary>
public sealed class LabelBoxTests : IDisposable
{
    private readonly TestStack _stack = TestStack.Create(2, 1, 300, 300, [5], masks: true);

    public void Dispose() => _stack.Dispose();

    private BoxOptions Options => new(Path.Combine(_stack.Folder, "boxes"), "p", "s", 256, 256, MaxLevel: 1, MaxOverviewWidthAndHeight: 64, Label: true);

    [Fact]
    public void LabelColors_ShuffledAsJavaWithSeed99_MatchRenderFirstAndLastLabels()
    {
        // Golden values from java.util.Collections.shuffle(list, new Random(99)) over (green << 8) | blue, green and blue 1..253.
        Assert.Equal(64009, LabelColors.All.Count);
        Assert.Equal([61980, 35493, 64877], LabelColors.All.Take(3).Select(v => (int)v));
        Assert.Equal(16085, LabelColors.All[^1]);
    }

    [Fact]
    public void JavaRandom_Seed42_GivesJavasValues()
    {
        Assert.Equal(-1170105035, new JavaRandom(42).NextInt());
        Assert.Equal(0, new JavaRandom(42).NextInt(10));
    }

    [Fact]
    public async Task GenerateLabelLayer_MaskedTiles_EachTileItsLabelAndUncoveredWhite()
    {
        // render never reads the images of label tiles: without them the boxes still render.
        Directory.Delete(Path.Combine(_stack.Folder, "images"), recursive: true);
        var layers = new LayerTiles(_stack.Tiles);
        var generator = new BoxPyramidGenerator(Options, layers.StackBounds(), layers);
        generator.WriteEmptyImage();

        var result = await generator.GenerateLabelLayerAsync(5, layers.LayerBounds(5)!, _stack.Layer(5), WorkPart.All);

        // Tiles in tileId order take the first labels: z5-r0-c0 -> 61980, z5-r0-c1 -> 35493.
        var box = Path.Combine(_stack.Folder, "boxes", "p", "s", "256x256-label");
        Assert.Equal(box, generator.Paths.BoxDirectory);
        using var first = TestStack.Read(generator.Paths.Box(0, 5, 0, 0));
        using var second = TestStack.Read(generator.Paths.Box(0, 5, 0, 1));
        using var below = TestStack.Read(generator.Paths.Box(0, 5, 1, 0));
        Assert.Equal(Imaging.Pixels.PixelKind.Gray16, first.Kind);
        Assert.Equal(61980, first.Gray![100, 100]);
        Assert.Equal(65535, first.Gray![10, 100]); // the mask hides the left 37 columns of every tile
        Assert.Equal(35493, second.Gray![400 - 256, 100]);
        Assert.Equal(65535, second.Gray![310 - 256, 100]);
        Assert.Equal(65535, below.Gray![100, 350 - 256]); // below the layer
        Assert.Equal(61980, below.Gray![100, 290 - 256]);

        // Level 1 picks the upper-left pixel of each 2 x 2: labels are never mixed.
        using var level1 = TestStack.Read(generator.Paths.Box(1, 5, 0, 0));
        Assert.Equal(first.Gray![100, 100], level1.Gray![50, 50]);
        Assert.Equal(second.Gray![400 - 256, 100], level1.Gray![200, 50]);
        Assert.All(level1.Gray!.Pixels.ToArray(), v => Assert.Contains(v, new ushort[] { 61980, 35493, 65535 }));

        using var empty = TestStack.Read(generator.Paths.Empty);
        Assert.All(empty.Gray!.Pixels.ToArray(), v => Assert.Equal(65535, v));
        Assert.False(result.OverviewWritten);
        Assert.False(Directory.Exists(Path.Combine(box, "small")));
    }

    [Fact]
    public async Task GenerateLayer_LabelOptions_RefusedWithoutTheLayersTiles()
    {
        var layers = new LayerTiles(_stack.Tiles);
        var generator = new BoxPyramidGenerator(Options, layers.StackBounds(), layers);

        await Assert.ThrowsAsync<InvalidOperationException>(() => generator.GenerateLayerAsync(5, layers.LayerBounds(5)!, WorkPart.All));
    }

    [Fact]
    public void Validate_LabelAsJpeg_Refused() =>
        Assert.Throws<ArgumentException>(() => (Options with { Format = Files.ImageFileFormat.Jpeg }).Validate());
}
