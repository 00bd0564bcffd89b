namespace Render.Cli.Tests;

/// <summary><c>--help</c> of the stack copy, match and coordinate commands: usage and options, exit 0, no service needed.</summary>
public sealed class NewCommandHelpTests
{
    [Theory]
    [InlineData("stack clone", "--skip-transforms")]
    [InlineData("stack rename", "--to-project")]
    [InlineData("match", "collections")]
    [InlineData("match collections", "--owner")]
    [InlineData("match import", "--batch-size")]
    [InlineData("match export", "--outside")]
    [InlineData("match delete", "--q-group")]
    [InlineData("coordinates", "--local-to-world")]
    [InlineData("tile-pairs", "--exclude-pairs-in-match-collection")]
    [InlineData("point-match", "--sift-fd-size")]
    public async Task Help_PrintsUsageAndOptions(string command, string expected)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RenderCommandLine.RunAsync([.. command.Split(' '), "--help"], output, error);

        Assert.Equal(0, exit);
        Assert.Contains("Usage:", output.ToString(), StringComparison.Ordinal);
        Assert.Contains(expected, output.ToString(), StringComparison.Ordinal);
        Assert.Empty(error.ToString());
    }
}
