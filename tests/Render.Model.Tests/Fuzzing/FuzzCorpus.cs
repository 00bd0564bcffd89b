using System.Text.Json.Nodes;

namespace Render.Model.Tests.Fuzzing;

/// <summary>
/// The real bodies <see cref="JsonMutator"/> starts from, built from the reference fixtures
/// copied next to every test assembly (<c>TestData/fixtures</c>, see tests/TestData/PROVENANCE.md):
/// <c>PUT .../resolvedTiles</c> bodies (example_1's tiles with their shared lens transforms,
/// render-ws's elastic layer, render-python's reference and interpolated tiles, a two-channel
/// tile, the warp-field tiles) and <c>PUT .../matches</c> bodies (render-ws's match exports and a
/// render-python point-major upload).
/// </summary>
/// <remarks>Like <see cref="JsonMutator"/>, free of test-framework types so that other test projects can link it.</remarks>
internal static class FuzzCorpus
{
    private static string PathOf(string relativePath) => Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", relativePath);

    /// <summary>resolvedTiles bodies: <c>{"transformIdToSpecMap":{...},"tileIdToSpecMap":{...}}</c>.</summary>
    public static IReadOnlyList<string> ResolvedTilesBodies() =>
    [
        ResolvedTiles("example_1/cycle1_step1_acquire_tiles.json", "example_1/cycle1_step1_acquire_transforms.json"),
        ResolvedTiles("render-ws/mongodb/elastic-3903.json", "render-ws/mongodb/elastic-transform.json"),
        ResolvedTiles("render-python/tilespec_references.json", "render-python/transform_references.json"),
        ResolvedTiles("render-python/tilespec_interpolated.json", null),
        ResolvedTiles("render-app/multichannel-test/test_2_channels.json", null),
        ResolvedTiles("render-app/warp-field-test/four_tile_montage.json", null),
    ];

    /// <summary>Point-match import bodies: JSON arrays of canvas matches.</summary>
    public static IReadOnlyList<string> MatchesBodies() =>
    [
        File.ReadAllText(PathOf("render-ws/mongodb/match.json")),
        File.ReadAllText(PathOf("render-ws/mongodb/match_b.json")),
        File.ReadAllText(PathOf("render-ws/mongodb/match_c.json")),
        """
        [{"pGroupId":"0","pId":"0-1","qGroupId":"1","qId":"1-1",
          "matches":{"p":[[1,2],[3.5,7],[1.25,3],[1e-7,1235.5678]],"q":[[100,101],[102.5,7],[100.25,3],[1e-7,1334.5678]],"w":[1,0.5,0.25,1]}},
         {"pGroupId":"s1","pId":"t1","qGroupId":"s1","qId":"t2","consensusSetData":{"index":1,"originalPId":"t1","originalQId":"t2"},
          "matches":{"p":[[0.5],[1.5]],"q":[[2.5],[3.5]],"w":[1.0]}}]
        """,
    ];

    private static JsonNode Read(string relativePath) =>
        JsonNode.Parse(File.ReadAllText(PathOf(relativePath)))!;

    /// <summary>A tile array (or one tile) and an optional shared-transform array as one body.</summary>
    private static string ResolvedTiles(string tilesFile, string? transformsFile)
    {
        var tilesNode = Read(tilesFile);
        var tiles = tilesNode as JsonArray ?? new JsonArray(tilesNode.DeepClone());
        var tileMap = new JsonObject();
        foreach (var tile in tiles)
        {
            tileMap[(string)tile!["tileId"]!] = tile.DeepClone();
        }

        var transformMap = new JsonObject();
        if (transformsFile is not null)
        {
            foreach (var transform in Read(transformsFile).AsArray())
            {
                transformMap[(string)transform!["id"]!] = transform.DeepClone();
            }
        }

        return new JsonObject { ["transformIdToSpecMap"] = transformMap, ["tileIdToSpecMap"] = tileMap }.ToJsonString();
    }
}
