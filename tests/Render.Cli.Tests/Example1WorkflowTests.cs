using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Cli.Tests;

/// <summary>
/// render's example_1 workflow end to end, with the render command only: acquire (tiles and lens
/// transforms), COMPLETE, montage and align transform changes into new stacks, and the world points
/// mapped to local coordinates and back.
/// </summary>
public sealed class Example1WorkflowTests : InProcessServiceTests
{
    [Fact]
    public async Task AcquireMontageAlignAndMapCoordinates()
    {
        await RunOkAsync("stack", "create", "--stack", "v1_acquire");
        await RunOkAsync(
            "import", "--stack", "v1_acquire",
            "--transform-file", Path.Combine(Example1, "cycle1_step1_acquire_transforms.json"), Path.Combine(Example1, "cycle1_step1_acquire_tiles.json"));
        await RunOkAsync("stack", "state", "COMPLETE", "--stack", "v1_acquire");
        var bounds = await RunOkAsync("stack", "bounds", "--stack", "v1_acquire");
        Assert.Contains("149", bounds, StringComparison.Ordinal);
        Assert.Contains("5386", bounds, StringComparison.Ordinal);

        var montage = await RunOkAsync(
            "transform-changes", "--stack", "v1_acquire", "--target-stack", "v1_montage", "--change-mode", "REPLACE_LAST", "--complete",
            "--transform-file", Path.Combine(Example1, "cycle1_step2_montage_changes.json"));
        Assert.Contains("changed 8 tiles of v1_acquire into v1_montage", montage, StringComparison.Ordinal);
        var align = await RunOkAsync(
            "transform-changes", "--stack", "v1_montage", "--target-stack", "v1_align", "--complete",
            "--transform-file", Path.Combine(Example1, "cycle1_step3_align_changes.json"));
        Assert.Contains("changed 8 tiles of v1_montage into v1_align", align, StringComparison.Ordinal);

        var listed = await RunOkAsync("stack", "list");
        foreach (var stack in new[] { "v1_acquire", "v1_montage", "v1_align" })
        {
            Assert.Contains($"\t{stack}\tCOMPLETE", listed, StringComparison.Ordinal);
        }

        var local = Path.Combine(DataDirectory, "local.json");
        var world = Path.Combine(DataDirectory, "world.json");
        var points = Path.Combine(Example1, "v1_acquire_s3407_world_points.json");
        var toLocal = await RunOkAsync("coordinates", "--stack", "v1_acquire", "--z", "3407", "--from-json", points, "--to-json", local);
        Assert.Contains("3 mapped, 1 error(s)", toLocal, StringComparison.Ordinal);
        var toWorld = await RunOkAsync("coordinates", "--stack", "v1_acquire", "--z", "3407", "--local-to-world", "--from-json", local, "--to-json", world);
        Assert.Contains("3 mapped, 1 error(s)", toWorld, StringComparison.Ordinal);

        var expected = RenderJson.Parse<List<TileCoordinates>>(File.ReadAllBytes(points)).Value;
        var mapped = RenderJson.Parse<List<TileCoordinates>>(File.ReadAllBytes(world)).Value;
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i].World![0], mapped[i].World![0], 0.01);
            Assert.Equal(expected[i].World![1], mapped[i].World![1], 0.01);
        }

        var missed = RenderJson.Parse<List<List<TileCoordinates>>>(File.ReadAllBytes(local)).Value[3];
        Assert.Equal([7777.0, 8888.0], Assert.Single(missed).World!);
        Assert.NotNull(missed[0].Error);
    }

    private async Task<string> RunOkAsync(params string[] args)
    {
        var (exit, output, error) = await RunAsync(args);
        Assert.True(exit == 0, $"render {string.Join(' ', args)}: {error}");
        return output;
    }
}
