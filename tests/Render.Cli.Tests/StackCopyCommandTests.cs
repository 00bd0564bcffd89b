namespace Render.Cli.Tests;

/// <summary><c>render stack clone</c> and <c>render stack rename</c> on example_1.</summary>
public sealed class StackCopyCommandTests : InProcessServiceTests
{
    [Fact]
    public async Task Clone_WholeStack_CopiesEveryTileAndKeepsTheSource()
    {
        await ImportExample1Async("source");

        var (exit, output, error) = await RunAsync("stack", "clone", "--stack", "source", "--to", "copy", "--complete");

        Assert.True(exit == 0, error);
        Assert.Contains("cloned cliProject/source to cliProject/copy (COMPLETE)", output, StringComparison.Ordinal);
        var listed = (await RunAsync("stack", "list")).Output;
        Assert.Contains("\tcopy\tCOMPLETE\ttiles 8\tx 149..5103 y 130..5386 z 3407..3408", listed, StringComparison.Ordinal);
        Assert.Contains("\tsource\tCOMPLETE\ttiles 8\t", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clone_OneLayerToAnotherProject_CopiesOnlyThatLayer()
    {
        await ImportExample1Async("layers");

        var (exit, _, error) = await RunAsync("stack", "clone", "--stack", "layers", "--to", "layer3407", "--to-project", "elsewhere", "--z", "3407", "--complete");

        Assert.True(exit == 0, error);
        var listed = (await RunInProjectAsync("elsewhere", "stack", "list")).Output;
        Assert.Contains("elsewhere\tlayer3407\tCOMPLETE\ttiles 4\t", listed, StringComparison.Ordinal);
        Assert.Contains("z 3407..3407", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clone_WithoutComplete_LeavesTheCopyLoading()
    {
        await ImportExample1Async("open");

        Assert.Equal(0, (await RunAsync("stack", "clone", "--stack", "open", "--to", "openCopy", "--z", "3407,3408")).Exit);

        Assert.Contains("\topenCopy\tLOADING\t", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clone_MissingSource_FailsWithTheServiceMessage()
    {
        var (exit, _, error) = await RunAsync("stack", "clone", "--stack", "nothing", "--to", "copy2");

        Assert.Equal(1, exit);
        Assert.StartsWith("render stack clone:", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\tcopy2\t", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_CompleteStack_MovesItsTilesToTheNewName()
    {
        await ImportExample1Async("before");

        var (exit, output, error) = await RunAsync("stack", "rename", "--stack", "before", "--to", "after");

        Assert.True(exit == 0, error);
        Assert.Contains("renamed cliProject/before to cliProject/after", output, StringComparison.Ordinal);
        var listed = (await RunAsync("stack", "list")).Output;
        Assert.Contains("\tafter\tCOMPLETE\ttiles 8\t", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("\tbefore\t", listed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_ToAnotherProject_MovesTheStack()
    {
        await ImportExample1Async("mover");

        Assert.Equal(0, (await RunAsync("stack", "rename", "--stack", "mover", "--to", "mover", "--to-project", "archive")).Exit);

        Assert.Contains("archive\tmover\tCOMPLETE\ttiles 8\t", (await RunInProjectAsync("archive", "stack", "list")).Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\tmover\t", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_ToAnInvalidName_FailsBeforeAnyRequest()
    {
        await ImportExample1Async("kept");

        var (exit, _, error) = await RunAsync("stack", "rename", "--stack", "kept", "--to", "not-valid");

        Assert.Equal(1, exit);
        Assert.StartsWith("render stack rename: invalid stack 'not-valid'", error, StringComparison.Ordinal);
        Assert.Contains("\tkept\tCOMPLETE\t", (await RunAsync("stack", "list")).Output, StringComparison.Ordinal);
    }
}
