using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>Small hand-made tiles and resolvedTiles bodies for tests that need exact control over the payload.</summary>
internal static class TestTiles
{
    /// <summary>
    /// A 100x100 tile at (x, y) translated by an affine, optionally preceded by a reference to a
    /// shared transform; <paramref name="withBox"/> false leaves out minX/minY/maxX/maxY.
    /// </summary>
    public static JsonObject Tile(string tileId, double z, double x = 0, double y = 0, bool withBox = true, string? refId = null)
    {
        var specs = new JsonArray();
        if (refId is not null)
        {
            specs.Add(new JsonObject { ["type"] = "ref", ["refId"] = refId });
        }

        specs.Add(new JsonObject
        {
            ["type"] = "leaf",
            ["className"] = "mpicbg.trakem2.transform.AffineModel2D",
            ["dataString"] = $"1.0 0.0 0.0 1.0 {x} {y}",
        });
        var tile = new JsonObject
        {
            ["tileId"] = tileId,
            ["z"] = z,
            ["width"] = 100.0,
            ["height"] = 100.0,
            ["mipmapLevels"] = new JsonObject { ["0"] = new JsonObject { ["imageUrl"] = $"file:/data/{tileId}.png" } },
            ["transforms"] = new JsonObject { ["type"] = "list", ["specList"] = specs },
        };
        if (withBox)
        {
            tile["minX"] = x;
            tile["minY"] = y;
            tile["maxX"] = x + 100;
            tile["maxY"] = y + 100;
        }

        return tile;
    }

    /// <summary>An identity affine shared transform with the given id.</summary>
    public static JsonObject SharedTransform(string id) => new()
    {
        ["type"] = "leaf",
        ["id"] = id,
        ["className"] = "mpicbg.trakem2.transform.AffineModel2D",
        ["dataString"] = "1.0 0.0 0.0 1.0 0.0 0.0",
    };

    /// <summary>A resolvedTiles body keyed by tileId and transform id.</summary>
    public static string Collection(IEnumerable<JsonObject> tiles, IEnumerable<JsonObject>? transforms = null)
    {
        var tileMap = new JsonObject();
        foreach (var tile in tiles)
        {
            tileMap[(string)tile["tileId"]!] = tile;
        }

        var transformMap = new JsonObject();
        foreach (var transform in transforms ?? [])
        {
            transformMap[(string)transform["id"]!] = transform;
        }

        return new JsonObject { ["transformIdToSpecMap"] = transformMap, ["tileIdToSpecMap"] = tileMap }.ToJsonString();
    }
}
