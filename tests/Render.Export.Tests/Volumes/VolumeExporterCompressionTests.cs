using System.Text.Json.Nodes;
using Render.Export.Volumes;

namespace Render.Export.Tests.Volumes;

/// <summary>Raw (uncompressed) blocks: N5's raw compression and Zarr without a compressor, read back as the rendered layers.</summary>
public sealed class VolumeExporterCompressionTests : StackVolumeTests
{
    private VolumeExportOptions Options(VolumeFormat format) => new(
        Path.Combine(Stack.Folder, $"raw.{format}"), format == VolumeFormat.N5 ? "/render/p/s" : "/", format, [64, 64, 2], [2, 2, 1],
        RenderWidth: 512, RenderHeight: 512, Compression: VolumeCompression.Raw);

    [Fact]
    public async Task Export_RawN5_BlocksAreHeaderAndBytesAndReadBackAsTheLayers()
    {
        var exporter = new VolumeExporter(Options(VolumeFormat.N5), TestStack.Metadata(Inside), Layers);

        await exporter.ExportAsync();

        var s0 = JsonNode.Parse(File.ReadAllText(Path.Combine(exporter.Container, "render/p/s/s0/attributes.json")))!;
        Assert.Equal("{\"type\":\"raw\"}", s0["compression"]!.ToJsonString());
        // Block 0,0,1 holds layer 3 alone (64 x 64 x 1) behind the 16-byte header of a 3-D block.
        Assert.Equal(16 + (64 * 64), new FileInfo(Path.Combine(exporter.Container, "render/p/s/s0/0/0/1")).Length);
        Assert.Equal(await RenderedLayer(3), Slice(exporter.Container, "render/p/s/s0", 2, out _));
        Assert.Equal(await RenderedLayer(1), Slice(exporter.Container, "render/p/s/s0", 0, out _));
        Assert.NotEmpty(Slice(exporter.Container, "render/p/s/s1", 0, out _));
    }

    [Fact]
    public async Task Export_RawZarr_NoCompressorAndReadsBack()
    {
        var exporter = new VolumeExporter(Options(VolumeFormat.OmeZarr), TestStack.Metadata(Inside), Layers);

        await exporter.ExportAsync();

        var array = JsonNode.Parse(File.ReadAllText(Path.Combine(exporter.Container, "0", ".zarray")))!.AsObject();
        Assert.True(array.ContainsKey("compressor"));
        Assert.Null(array["compressor"]);
        Assert.Equal(64 * 64 * 2, new FileInfo(Path.Combine(exporter.Container, "0/0/0/0")).Length);
        Assert.Equal(await RenderedLayer(2), ZarrReader.Slice(Path.Combine(exporter.Container, "0"), 1).Cast<byte>().ToArray());
    }
}
