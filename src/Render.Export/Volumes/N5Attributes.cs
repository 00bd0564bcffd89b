using System.Text.Json.Nodes;

namespace Render.Export.Volumes;

/// <summary>
/// The attributes render's N5Client writes: each level's data set attributes (uint8, gzip), the
/// <c>renderExport</c> record on the data set (or its group when multi-scale), and neuroglancer's
/// (NeuroglancerAttributes): <c>neuroglancer_supported</c> on every group above, axes, units, scales,
/// pixelResolution and translate on the data set, and each <c>s[k]</c>'s transform. A level averaged
/// from another carries n5-spark's <c>downsamplingFactors</c> (over full scale). With iso factors the
/// viewer attributes describe <c>[dataSet]___iso</c>, at the stack resolution times the iso factors.
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
            ["compression"] = store.Compression == VolumeCompression.Raw
                ? new JsonObject { ["type"] = "raw" }
                : new JsonObject { ["type"] = "gzip", ["useZlib"] = false, ["level"] = 1 },
        });
        if (level > 0)
        {
            // N5DownsamplerSpark: the output's factors times the input's (none on full scale).
            JsonFiles.Merge(Path.Combine(store.Container, store.LevelPath(level), "attributes.json"), new JsonObject
            {
                ["downsamplingFactors"] = JsonFiles.Array(geometry.Factors[level].Take(rank)),
            });
        }
    }

    public static void WriteExportRecord(N5ChunkStore store, JsonObject record) =>
        JsonFiles.Merge(Path.Combine(store.Container, store.DataSet, "attributes.json"), new JsonObject { ["renderExport"] = record });

    public static void WriteNeuroglancer(N5ChunkStore store, VolumeGeometry geometry, IReadOnlyList<double> stackResolution, string unit)
    {
        var rank = store.TwoDimensional ? 2 : 3;
        var parts = store.ViewerDataSet.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var depth = parts.Length - 1; depth >= 1; depth--)
        {
            JsonFiles.Merge(Path.Combine([store.Container, .. parts.Take(depth), "attributes.json"]), new JsonObject { ["neuroglancer_supported"] = true });
        }

        // render multiplies the resolution by the iso factors and counts scales from the iso data set.
        var first = geometry.ViewerBaseLevel;
        var resolution = Enumerable.Range(0, rank).Select(i => stackResolution[i] * geometry.Factors[first][i]).ToList();
        var scales = Enumerable.Range(first, geometry.Levels.Count - first)
            .Select(level => Enumerable.Range(0, rank).Select(i => geometry.Factors[level][i] / geometry.Factors[first][i]).ToList())
            .ToList();
        string[] axes = ["x", "y", "z"];
        var units = Enumerable.Repeat(unit, rank).ToList();
        JsonFiles.Merge(Path.Combine(store.Container, store.ViewerDataSet, "attributes.json"), new JsonObject
        {
            ["axes"] = JsonFiles.Array(axes.Take(rank)),
            ["ordering"] = "F",
            ["units"] = JsonFiles.Array(units),
            ["scales"] = new JsonArray([.. scales.Select(f => (JsonNode)JsonFiles.Array(f))]),
            ["pixelResolution"] = new JsonObject { ["dimensions"] = JsonFiles.Array(resolution), ["unit"] = unit },
            ["translate"] = JsonFiles.Array(geometry.Origin.Take(rank)),
        });
        if (!store.MultiScale)
        {
            return;
        }

        for (var scale = 0; scale < scales.Count; scale++)
        {
            var factors = scales[scale];
            JsonFiles.Merge(Path.Combine(store.Container, store.LevelPath(first + scale), "attributes.json"), new JsonObject
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
