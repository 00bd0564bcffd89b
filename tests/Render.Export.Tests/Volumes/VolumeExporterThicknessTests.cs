using Render.Export.Volumes;

namespace Render.Export.Tests.Volumes;

/// <summary>
/// render's N5Client with <c>--z_coords</c> on a stack made in the test (three layers of 2 × 2 tiles,
/// each layer's pattern offset by its z): each exported layer is the stack layer at its corrected z or
/// render's weighting of the two around it, and the volume spans only the corrected z range.
/// </summary>
public sealed class VolumeExporterThicknessTests : StackVolumeTests
{
    private VolumeExportOptions Options(string zCoords) => new(
        Path.Combine(Stack.Folder, "out.n5"), "/render/p/s", VolumeFormat.N5, [64, 64, 2], RenderWidth: 512, RenderHeight: 512,
        ZCoordsPath: WriteZCoords(zCoords));

    [Fact]
    public async Task Export_ZCoords_InterpolatedLayerIsRendersWeightingOfItsNeighbours()
    {
        // Layer 2's corrected z is 2.6: exported z 2 lies between stack layers 1 (at 1.0) and 2 (at 2.6),
        // 1 − (2 − 1) / (2.6 − 1) = 0.375 of the way from layer 2's side.
        var exporter = new VolumeExporter(Options("1 1.0\n2 2.6\n3 3.0\n"), TestStack.Metadata(Inside), Layers);

        await exporter.ExportAsync();

        Assert.Equal([389L, 389, 3], exporter.Geometry.Levels[0]);
        var (one, two, three) = (await RenderedLayer(1), await RenderedLayer(2), await RenderedLayer(3));
        var blended = new byte[one.Length];
        for (var i = 0; i < blended.Length; i++)
        {
            blended[i] = (byte)(int)((one[i] * 0.375) + (two[i] * (1 - 0.375)));
        }

        Assert.Equal(one, Slice(exporter, 0));
        Assert.Equal(blended, Slice(exporter, 1));
        Assert.Equal(three, Slice(exporter, 2));
        Assert.NotEqual(two, blended);
    }

    [Fact]
    public async Task Export_ZCoordsCoveringPartOfTheStack_BoundsLimitedToTheCorrectedRange()
    {
        var exporter = new VolumeExporter(Options("2 2.0\n3 3.0\n"), TestStack.Metadata(Inside), Layers);

        await exporter.ExportAsync();

        Assert.Equal([389L, 389, 2], exporter.Geometry.Levels[0]);
        Assert.Equal(2, exporter.Geometry.Origin[2]);
        Assert.Equal(await RenderedLayer(2), Slice(exporter, 0));
        Assert.Equal(await RenderedLayer(3), Slice(exporter, 1));
    }

    [Fact]
    public void Constructor_BadZCoordsFile_NamesTheLineAndCreatesNothing()
    {
        var options = Options("1 1.0\n2 0.5\n3 3.0\n");

        var error = Assert.Throws<ExportException>(() => new VolumeExporter(options, TestStack.Metadata(Inside), Layers));

        Assert.Equal($"z coordinates file '{options.ZCoordsPath}' line 2: out of order or duplicate corrected z 0.5 (the line before has 1)", error.Message);
        Assert.False(Directory.Exists(options.ContainerPath));
    }

    [Fact]
    public void Constructor_ZCoordsOutsideTheBounds_SaysSoAndCreatesNothing()
    {
        var options = Options("7 7.0\n8 8.0\n");

        var error = Assert.Throws<ExportException>(() => new VolumeExporter(options, TestStack.Metadata(Inside), Layers));

        Assert.Equal("the z coordinates cover corrected z 7 to 8, outside the bounds' z 1 to 3: no layer to export", error.Message);
        Assert.False(Directory.Exists(options.ContainerPath));
    }

    private string WriteZCoords(string text)
    {
        var path = Path.Combine(Stack.Folder, $"Zcoords-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, text);
        return path;
    }

    private static byte[] Slice(VolumeExporter exporter, int z) => Slice(exporter.Container, exporter.LevelPath(0), z, out _);
}
