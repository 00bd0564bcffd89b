using Render.Model.Json;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Imaging.Codecs.Tests;

/// <summary>The reference fixtures copied next to the test assembly (see tests/TestData/PROVENANCE.md).</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "render-app");

    public static string File(string relative) => Path.Combine(Root, relative);

    /// <summary>
    /// The tile specs of a render-app fixture, with render's test-relative image paths
    /// (<c>src/test/resources/...</c>) pointed at the copied fixture folder.
    /// </summary>
    public static List<TileSpec> Tiles(string relative)
    {
        var json = System.IO.File.ReadAllText(File(relative)).Replace("src/test/resources/", Root + "/", StringComparison.Ordinal);
        return RenderJson.Parse<List<TileSpec>>(json).Value!;
    }

    /// <summary>A render-parameters fixture with its image paths pointed at the copied fixtures.</summary>
    public static RenderParameters Parameters(string relative)
    {
        var json = System.IO.File.ReadAllText(File(relative)).Replace("src/test/resources/", Root + "/", StringComparison.Ordinal);
        return RenderJson.Parse<RenderParameters>(json).Value!;
    }
}
