using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Cli.Tests;

/// <summary><c>render coordinates</c> on example_1: its world points at z 3407 to local coordinates and back.</summary>
public sealed class CoordinatesCommandTests : InProcessServiceTests
{
    private static readonly string WorldPoints = Path.Combine(Example1, "v1_acquire_s3407_world_points.json");

    [Fact]
    public async Task WorldToLocalThenLocalToWorld_Example1Points_ComeBackWithinAHundredthOfAPixel()
    {
        await ImportExample1Async("v1_acquire");
        var local = Path.Combine(DataDirectory, "local.json");
        var world = Path.Combine(DataDirectory, "world.json");

        var (exit, output, error) = await RunAsync("coordinates", "--stack", "v1_acquire", "--z", "3407", "--from-json", WorldPoints, "--to-json", local);

        Assert.True(exit == 0, error);
        Assert.Contains("world to local in v1_acquire: 3 mapped, 1 error(s)", output, StringComparison.Ordinal);
        var lists = RenderJson.Parse<List<List<TileCoordinates>>>(File.ReadAllBytes(local)).Value;
        Assert.Equal(4, lists.Count);
        Assert.All(lists.Take(3), list => Assert.Single(list, coordinates => coordinates.Visible == true && coordinates.TileId is not null && coordinates.Local is not null));
        var missed = Assert.Single(lists[3]);
        Assert.NotNull(missed.Error);
        Assert.Equal([7777.0, 8888.0], missed.World!);

        var (backExit, backOutput, backError) = await RunAsync(
            "coordinates", "--stack", "v1_acquire", "--z", "3407", "--local-to-world", "--from-json", local, "--to-json", world);

        Assert.True(backExit == 0, backError);
        Assert.Contains("local to world in v1_acquire: 3 mapped, 1 error(s)", backOutput, StringComparison.Ordinal);
        var expected = RenderJson.Parse<List<TileCoordinates>>(File.ReadAllBytes(WorldPoints)).Value;
        var mapped = RenderJson.Parse<List<TileCoordinates>>(File.ReadAllBytes(world)).Value;
        Assert.Equal(4, mapped.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.Null(mapped[i].Error);
            Assert.Equal(expected[i].World![0], mapped[i].World![0], 0.01);
            Assert.Equal(expected[i].World![1], mapped[i].World![1], 0.01);
        }

        Assert.NotNull(mapped[3].Error);
    }

    [Fact]
    public async Task LocalToWorld_EmptyList_IsAnErrorOfItsOwn()
    {
        await ImportExample1Async("emptyLists");
        var input = Path.Combine(DataDirectory, "lists.json");
        await File.WriteAllTextAsync(input, "[[]]");

        var (exit, output, error) = await RunAsync("coordinates", "--stack", "emptyLists", "--z", "3407", "--local-to-world", "--from-json", input, "--to-json", "-");

        Assert.True(exit == 0, error);
        var mapped = Assert.Single(RenderJson.Parse<List<TileCoordinates>>(output).Value);
        Assert.Equal("coordinates are missing", mapped.Error);
        Assert.Contains("0 mapped, 1 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorldToLocal_MissingStack_FailsAndLeavesTheOutputAlone()
    {
        var output = Path.Combine(DataDirectory, "kept.json");
        await File.WriteAllTextAsync(output, "old");

        var (exit, _, error) = await RunAsync("coordinates", "--stack", "nowhere", "--z", "3407", "--from-json", WorldPoints, "--to-json", output);

        Assert.Equal(1, exit);
        Assert.StartsWith("render coordinates:", error, StringComparison.Ordinal);
        Assert.Contains("nowhere", error, StringComparison.Ordinal);
        Assert.Equal("old", await File.ReadAllTextAsync(output));
        Assert.Single(Directory.GetFiles(DataDirectory, "kept.json*"));
    }

    [Fact]
    public async Task WorldToLocal_MalformedInput_FailsAndWritesNothing()
    {
        await ImportExample1Async("malformed");
        var input = Path.Combine(DataDirectory, "points.json");
        var output = Path.Combine(DataDirectory, "out.json");
        await File.WriteAllTextAsync(input, """[{"world": [1000.0, }]""");

        var (exit, _, error) = await RunAsync("coordinates", "--stack", "malformed", "--z", "3407", "--from-json", input, "--to-json", output);

        Assert.Equal(1, exit);
        Assert.StartsWith("render coordinates: points.json:", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(DataDirectory, "out.json*"));
    }
}
