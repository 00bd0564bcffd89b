using System.Text.Json.Nodes;

namespace Render.Export.Volumes;

/// <summary>
/// The attributes render's N5Client writes: each level's data set attributes (uint8, gzip), the
/// <c>renderExport</c> record on the data set (or its group when multi-scale), and neuroglancer's
/// (NeuroglancerAttributes): <c>neuroglancer_supported</c> on every group above, axes, units, scales,
/// pixelResolution and translate on the data set, and each <c>s[k]</c>'s transform.
/// </summary>
internal static class N5Attributes
{
    public static void WriteLevel(N5ChunkStore store, VolumeGeometry geometry, int level)
    {
        var rank = store.TwoDimensional ? 2 : 3;
        JsonFiles.Merge(Path.Combine(store.Container, "attributes.json"), new JsonObject { ["n5"] = "4.0.0" });
        JsonFiles.Merge(Path.Combine(store.Container, store.LevelPath(level), "attributes.json"), new JsonObject
        {
            ["dimensions"] = JsonFiles.Array(geometry.Levels[level].Take(rank)),
            ["blockSize"] = JsonFiles.Array(geometry.BlockSize.Take(rank)),
            ["dataType"] = "uint8",
            ["compression"] = new JsonObject { ["type"] = "gzip", ["useZlib"] = false, ["level"] = 1 },
        });
    }

    public static void WriteExportRecord(N5ChunkStore store, JsonObject record) =>
        JsonFiles.Merge(Path.Combine(store.Container, store.DataSet, "attributes.json"), new JsonObject { ["renderExport"] = record });

    public static void WriteNeuroglancer(N5ChunkStore store, VolumeGeometry geometry, IReadOnlyList<double> resolution, string unit)
    {
        var rank = store.TwoDimensional ? 2 : 3;
        var parts = store.DataSet.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var depth = parts.Length - 1; depth >= 1; depth--)
        {
            JsonFiles.Merge(Path.Combine([store.Container, .. parts.Take(depth), "attributes.json"]), new JsonObject { ["neuroglancer_supported"] = true });
        }

        string[] axes = ["x", "y", "z"];
        var units = Enumerable.Repeat(unit, rank).ToList();
        JsonFiles.Merge(Path.Combine(store.Container, store.DataSet, "attributes.json"), new JsonObject
        {
            ["axes"] = JsonFiles.Array(axes.Take(rank)),
            ["ordering"] = "F",
            ["units"] = JsonFiles.Array(units),
            ["scales"] = new JsonArray([.. geometry.Factors.Select(f => (JsonNode)JsonFiles.Array(f.Take(rank)))]),
            ["pixelResolution"] = new JsonObject { ["dimensions"] = JsonFiles.Array(resolution.Take(rank)), ["unit"] = unit },
            ["translate"] = JsonFiles.Array(geometry.Origin.Take(rank)),
        });
        if (!store.MultiScale)
        {
            return;
        }

        for (var level = 0; level < geometry.Levels.Count; level++)
        {
            var factors = geometry.Factors[level];
            JsonFiles.Merge(Path.Combine(store.Container, store.LevelPath(level), "attributes.json"), new JsonObject
            {
                ["transform"] = new JsonObject
                {
                    ["axes"] = JsonFiles.Array(axes.Take(rank)),
                    ["ordering"] = "F",
                    ["units"] = JsonFiles.Array(units),
                    ["scale"] = JsonFiles.Array(Enumerable.Range(0, rank).Select(i => factors[i] * resolution[i])),
                    ["translate"] = JsonFiles.Array(Enumerable.Range(0, rank).Select(i => (factors[i] - 1) / 2.0 * resolution[i])),
                },
            });
        }
    }
}
