using NetVips;

namespace Render.Cli.Tests;

/// <summary>render's BoxClient label options through the script, with render's camelCase argv.</summary>
public sealed partial class ClientScriptShimTests
{
    [Fact]
    public async Task BoxClient_LabelIGridAndClusterOrder_WritesLabelBoxesAndTheirIGrid()
    {
        await ImportLayerAsync("labelled");
        var root = Path.Combine(_dataDir, "boxes");

        var (exit, _, error) = await RunScriptAsync(
            "org.janelia.render.client.BoxClient",
            [.. StackParams("labelled"), "--rootDirectory", root, "--width", "256", "--height", "256", "--label", "--createIGrid", "--sortByClusterGroupId", "1"]);

        Assert.True(exit == 0, error);

        // Two 512-pixel tiles side by side: t0 takes render's first label (61980), t1 its second (35493).
        var box = Path.Combine(root, Project, "labelled", "256x256-label");
        using var first = Image.NewFromFile(Path.Combine(box, "0", "1", "0", "0.png"));
        using var second = Image.NewFromFile(Path.Combine(box, "0", "1", "0", "2.png"));
        Assert.Equal(Enums.BandFormat.Ushort, first.Format);
        Assert.Equal(61980, first[100, 100][0]);
        Assert.Equal(35493, second[100, 100][0]);

        // The iGrid lists the level-0 boxes row by row from the grid origin.
        var lines = await File.ReadAllLinesAsync(Path.Combine(box, "0", "iGrid", "1.0.iGrid"));
        Assert.StartsWith("Columns: ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Rows: ", lines[1], StringComparison.Ordinal);
        Assert.Equal(Path.Combine(box, "0", "1", "0", "0.png"), lines[2]);
    }
}
