namespace Render.Cli.Tests;

/// <summary>The commands built on the client (<c>render stack</c>, <c>render import</c>) against a service started in-process on a free loopback port.</summary>
public sealed class ClientCommandTests : InProcessServiceTests
{
    [Fact]
    public async Task CreateListStateDelete_RoundTrip()
    {
        Assert.Equal(0, (await RunAsync("stack", "create", "--stack", "s1")).Exit);

        var (exit, listed, _) = await RunAsync("stack", "list");
        Assert.Equal(0, exit);
        Assert.Contains("cliProject\ts1\tLOADING", listed, StringComparison.Ordinal);

        // COMPLETE without tiles is refused by the service; its message reaches the shell user.
        var (stateExit, _, stateError) = await RunAsync("stack", "state", "COMPLETE", "--stack", "s1");
        Assert.Equal(1, stateExit);
        Assert.Contains("render stack state:", stateError, StringComparison.Ordinal);

        Assert.Contains("\ts1\tLOADING", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
        Assert.Equal(0, (await RunAsync("stack", "delete", "--stack", "s1")).Exit);
        Assert.DoesNotContain("\ts1\t", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bounds_OfAMissingStack_FailsWithTheServiceMessage()
    {
        var (exit, _, error) = await RunAsync("stack", "bounds", "--stack", "missing");

        Assert.Equal(1, exit);
        Assert.Contains("missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task State_UnknownName_FailsBeforeAnyRequest()
    {
        var (exit, _, error) = await RunAsync("stack", "state", "DONE", "--stack", "s2");

        Assert.Equal(1, exit);
        Assert.Contains("state must be one of LOADING, COMPLETE, READ_ONLY, OFFLINE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Example1WithTransforms_CompletesWithItsEightTiles()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1");

        var (exit, output, error) = await RunAsync(
            "import", "--stack", "v1_acquire", "--complete", "--batch-size", "3",
            "--transform-file", Path.Combine(example, "cycle1_step1_acquire_transforms.json"), Path.Combine(example, "cycle1_step1_acquire_tiles.json"));

        Assert.True(exit == 0, error);
        Assert.Contains("imported 8 tiles and 3 shared transforms into v1_acquire (COMPLETE)", output, StringComparison.Ordinal);
        Assert.Contains("\tv1_acquire\tCOMPLETE\ttiles 8\tx 149..5103 y 130..5386 z 3407..3408", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransformChanges_Example1Montage_ReplacesTheLastTransformInANewStack()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1");
        await RunAsync("import", "--stack", "acquire", "--complete", "--transform-file", Path.Combine(example, "cycle1_step1_acquire_transforms.json"), Path.Combine(example, "cycle1_step1_acquire_tiles.json"));

        var (exit, output, error) = await RunAsync(
            "transform-changes", "--stack", "acquire", "--target-stack", "montage", "--change-mode", "REPLACE_LAST", "--complete",
            "--transform-file", Path.Combine(example, "cycle1_step2_montage_changes.json"));

        Assert.True(exit == 0, error);
        Assert.Contains("changed 8 tiles of acquire into montage", output, StringComparison.Ordinal);
        var listed = (await RunAsync("stack", "list")).Output;
        Assert.Contains("\tmontage\tCOMPLETE\ttiles 8\t", listed, StringComparison.Ordinal);
        Assert.Contains("\tacquire\tCOMPLETE\ttiles 8\t", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TransformChanges_UnknownTile_FailsWithoutCreatingTheTarget()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "example_1");
        await RunAsync("import", "--stack", "acquire2", "--transform-file", Path.Combine(example, "cycle1_step1_acquire_transforms.json"), Path.Combine(example, "cycle1_step1_acquire_tiles.json"));
        var file = Path.Combine(DataDirectory, "changes.json");
        await File.WriteAllTextAsync(file, """[{"tileId":"nope","transform":{"className":"mpicbg.trakem2.transform.AffineModel2D","dataString":"1 0 0 1 0 0"}}]""");

        var (exit, _, error) = await RunAsync("transform-changes", "--stack", "acquire2", "--target-stack", "target2", "--transform-file", file);

        Assert.Equal(1, exit);
        Assert.Contains("tile nope of the changes is not in acquire2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\ttarget2\t", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MalformedFile_FailsAndCreatesNothing()
    {
        var file = Path.Combine(DataDirectory, "broken.json");
        await File.WriteAllTextAsync(file, "[{\"tileId\": \"a\", \"z\": }]");

        var (exit, _, error) = await RunAsync("import", "--stack", "broken", file);

        Assert.Equal(1, exit);
        Assert.StartsWith("render import: broken.json:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\tbroken\t", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }
}
