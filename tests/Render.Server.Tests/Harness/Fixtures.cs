using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>The reference fixtures copied next to the test assembly (see tests/TestData/PROVENANCE.md).</summary>
internal static class Fixtures
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures");

    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public static string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>
    /// A resolvedTiles body made of a tile array file and a transform array file (either may be
    /// null), keyed by tileId and id as render-python does.
    /// </summary>
    public static string ResolvedTiles(string? tilesFile, string? transformsFile)
    {
        var tiles = new JsonObject();
        foreach (var tile in tilesFile is null ? [] : JsonNode.Parse(Read(tilesFile))!.AsArray())
        {
            tiles[(string)tile!["tileId"]!] = tile.DeepClone();
        }

        var transforms = new JsonObject();
        foreach (var transform in transformsFile is null ? [] : JsonNode.Parse(Read(transformsFile))!.AsArray())
        {
            transforms[(string)transform!["id"]!] = transform.DeepClone();
        }

        return new JsonObject { ["transformIdToSpecMap"] = transforms, ["tileIdToSpecMap"] = tiles }.ToJsonString();
    }

    /// <summary>render's elastic-3903 test stack: 14 tiles and their 3 shared transforms.</summary>
    public static string Elastic3903 => ResolvedTiles("render-ws/mongodb/elastic-3903.json", "render-ws/mongodb/elastic-transform.json");

    /// <summary>render's example_1 acquisition: 8 tiles (no boxes) and their lens-correction transforms.</summary>
    public static string Example1 => ResolvedTiles("example_1/cycle1_step1_acquire_tiles.json", "example_1/cycle1_step1_acquire_transforms.json");
}
