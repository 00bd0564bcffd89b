using System.Text.Json.Nodes;
using Render.Model.Json;
using Render.Model.Tiles;

namespace Render.Client.Tests.Harness;

/// <summary>The reference fixtures copied next to the test assembly (see tests/TestData/PROVENANCE.md).</summary>
internal static class Fixtures
{
    /// <summary>The first tile of example_1's layer 3407.</summary>
    public const string FirstTile = "150304141121052104.3407.0";

    private static string Read(string relativePath) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", relativePath));

    /// <summary>
    /// render's example_1 acquisition: 8 tiles of 2560x2160 in layers 3407 and 3408 (no boxes) and
    /// their lens-correction transforms, keyed as render-python sends them.
    /// </summary>
    public static ResolvedTileSpecCollection Example1()
    {
        var tiles = new JsonObject();
        foreach (var tile in JsonNode.Parse(Read("example_1/cycle1_step1_acquire_tiles.json"))!.AsArray())
        {
            tiles[(string)tile!["tileId"]!] = tile.DeepClone();
        }

        var transforms = new JsonObject();
        foreach (var transform in JsonNode.Parse(Read("example_1/cycle1_step1_acquire_transforms.json"))!.AsArray())
        {
            transforms[(string)transform!["id"]!] = transform.DeepClone();
        }

        var body = new JsonObject { ["transformIdToSpecMap"] = transforms, ["tileIdToSpecMap"] = tiles }.ToJsonString();
        return RenderJson.Parse<ResolvedTileSpecCollection>(body).Value;
    }
}
