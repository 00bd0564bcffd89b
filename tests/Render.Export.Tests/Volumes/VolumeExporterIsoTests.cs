using System.Text.Json.Nodes;
using Render.Export.Volumes;

namespace Render.Export.Tests.Volumes;

/// <summary>
/// render's N5Client with <c>--isoFactors</c>: full scale in <c>[dataSet]/s0</c> (no scale levels of its
/// own), an isotropic data set <c>[dataSet]___iso</c> averaged from it by n5-spark's downsampler, the
/// scale levels built from that, and neuroglancer's attributes describing it at the stack resolution
/// times the iso factors.
/// </summary>
public sealed class VolumeExporterIsoTests : StackVolumeTests
{
    private VolumeExportOptions Options => new(
        Path.Combine(Stack.Folder, "iso.n5"), "/render/p/s", VolumeFormat.N5, [64, 64, 2], [2, 2, 1], RenderWidth: 512, RenderHeight: 512,
        IsoFactors: [2, 2, 3]);

    [Fact]
    public async Task Export_IsoFactors_DataSetsAndAttributesAsRendersN5Client()
    {
        var exporter = new VolumeExporter(Options, TestStack.Metadata(Inside), Layers);

        await exporter.ExportAsync();

        var container = exporter.Container;
        Assert.Equal("[389,389,3]", Attributes(container, "render/p/s/s0")["dimensions"]!.ToJsonString());
        Assert.Null(Attributes(container, "render/p/s/s0")["downsamplingFactors"]);
        Assert.False(Directory.Exists(Path.Combine(container, "render/p/s/s1")));
        Assert.Equal("[2,2,3]", Attributes(container, "render/p/s")["renderExport"]!["runParameters"]!["isoFactors"]!.ToJsonString());
        Assert.Null(Attributes(container, "render/p/s")["scales"]);

        // N5DownsamplerSpark: 389 / 2 = 194, 3 / 3 = 1; each level's downsamplingFactors over full scale.
        var iso = Attributes(container, "render/p/s___iso/s0");
        Assert.Equal("[194,194,1]", iso["dimensions"]!.ToJsonString());
        Assert.Equal("[64,64,2]", iso["blockSize"]!.ToJsonString());
        Assert.Equal("[2,2,3]", iso["downsamplingFactors"]!.ToJsonString());
        Assert.Equal("[4,4,3]", Attributes(container, "render/p/s___iso/s1")["downsamplingFactors"]!.ToJsonString());
        Assert.Equal("[97,97,1]", Attributes(container, "render/p/s___iso/s1")["dimensions"]!.ToJsonString());

        // NeuroglancerAttributes on the iso data set: resolution 4, 4, 35 times 2, 2, 3; scales from the iso level.
        var group = Attributes(container, "render/p/s___iso");
        Assert.Equal("[8,8,105]", group["pixelResolution"]!["dimensions"]!.ToJsonString());
        Assert.Equal("[[1,1,1],[2,2,1],[4,4,1]]", group["scales"]!.ToJsonString());
        Assert.Equal("[50,30,1]", group["translate"]!.ToJsonString());
        Assert.Equal("[16,16,105]", Attributes(container, "render/p/s___iso/s1")["transform"]!["scale"]!.ToJsonString());
        Assert.Equal("[4,4,0]", Attributes(container, "render/p/s___iso/s1")["transform"]!["translate"]!.ToJsonString());
        Assert.Equal("[8,8,105]", Attributes(container, "render/p/s___iso/s0")["transform"]!["scale"]!.ToJsonString());
        Assert.True((bool)Attributes(container, "render/p")["neuroglancer_supported"]!);
        Assert.Equal(["render/p/s/s0", "render/p/s___iso/s0", "render/p/s___iso/s1", "render/p/s___iso/s2"], Enumerable.Range(0, 4).Select(exporter.LevelPath));
    }

    [Fact]
    public async Task Export_IsoFactors_IsoVoxelIsTheRoundedMeanOfItsFullScaleVoxels()
    {
        var exporter = new VolumeExporter(Options, TestStack.Metadata(Inside), Layers);

        await exporter.ExportAsync();

        var layers = Enumerable.Range(0, 3).Select(z => Slice(exporter.Container, "render/p/s/s0", z, out _)).ToList();
        var iso = Slice(exporter.Container, "render/p/s___iso/s0", 0, out var width);
        Assert.Equal(194, width);
        var expected = new byte[194 * 194];
        for (var y = 0; y < 194; y++)
        {
            for (var x = 0; x < 194; x++)
            {
                var sum = 0;
                foreach (var layer in layers)
                {
                    sum += layer[(2 * y * 389) + (2 * x)] + layer[(2 * y * 389) + (2 * x) + 1] + layer[(((2 * y) + 1) * 389) + (2 * x)] + layer[(((2 * y) + 1) * 389) + (2 * x) + 1];
                }

                // bdv's Downsample: sum × (1 / 12) in double, then imglib2's round half up.
                expected[(y * 194) + x] = (byte)(long)((sum * (1.0 / 12)) + 0.5);
            }
        }

        Assert.Equal(expected, iso);
        Assert.Equal(await RenderedLayer(2), layers[1]);
    }

    [Fact]
    public async Task Export_IsoFactorsWithoutScaleFactors_TwoPlainDataSets()
    {
        var options = Options with { DownsampleFactors = null };
        var exporter = new VolumeExporter(options, TestStack.Metadata(Inside), Layers);

        await exporter.ExportAsync();

        Assert.Equal("[389,389,3]", Attributes(exporter.Container, "render/p/s")["dimensions"]!.ToJsonString());
        var iso = Attributes(exporter.Container, "render/p/s___iso");
        Assert.Equal("[194,194,1]", iso["dimensions"]!.ToJsonString());
        Assert.Equal("[[1,1,1]]", iso["scales"]!.ToJsonString());
        Assert.Equal("[8,8,105]", iso["pixelResolution"]!["dimensions"]!.ToJsonString());
        Assert.False(Directory.Exists(Path.Combine(exporter.Container, "render/p/s___iso/s0")));
    }

    [Fact]
    public void Constructor_IsoFactorsLargerThanTheVolume_NamesThem()
    {
        var error = Assert.Throws<ExportException>(() => new VolumeExporter(Options with { IsoFactors = [1, 1, 4] }, TestStack.Metadata(Inside), Layers));

        Assert.StartsWith("isoFactors 1,1,4 leave no voxel of the 389 x 389 x 3 volume", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Options.ContainerPath));
    }

    [Fact]
    public void Constructor_IsoFactorsForOmeZarr_Refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new VolumeExporter(Options with { Format = VolumeFormat.OmeZarr }, TestStack.Metadata(Inside), Layers));

        Assert.Contains("isoFactors is render's N5Client option", error.Message, StringComparison.Ordinal);
    }

    private static JsonNode Attributes(string container, string path) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(container, path, "attributes.json")))!;
}
