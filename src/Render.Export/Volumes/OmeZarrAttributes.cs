using System.Text.Json.Nodes;

namespace Render.Export.Volumes;

/// <summary>
/// OME-Zarr 0.4 metadata over Zarr v2: <c>.zgroup</c> on every group, <c>.zarray</c> on each level
/// (uint8, C order, "/" separator, zlib) and the data set group's <c>multiscales</c>: axes z, y, x in
/// space with the unit's UDUNITS name, and per level a scale (resolution × factor) and a translation
/// (the stack origin plus half a voxel per factor step, so voxel centres stay where the stack has them).
/// </summary>
internal static class OmeZarrAttributes
{
    private static readonly string[] AxisNames = ["z", "y", "x"];

    public static void WriteLevel(ZarrChunkStore store, VolumeGeometry geometry, int level)
    {
        WriteGroups(store);
        var dims = geometry.Levels[level];
        var blocks = geometry.BlockSize;
        JsonFiles.Write(Path.Combine(store.Container, store.LevelPath(level), ".zarray"), new JsonObject
        {
            ["zarr_format"] = 2,
            ["shape"] = JsonFiles.Array(new[] { dims[2], dims[1], dims[0] }),
            ["chunks"] = JsonFiles.Array(new[] { blocks[2], blocks[1], blocks[0] }),
            ["dtype"] = "|u1",
            ["compressor"] = store.Compression == VolumeCompression.Raw ? null : new JsonObject { ["id"] = "zlib", ["level"] = 1 },
            ["fill_value"] = 0,
            ["order"] = "C",
            ["filters"] = null,
            ["dimension_separator"] = "/",
        });
    }

    public static void WriteMultiscales(ZarrChunkStore store, VolumeGeometry geometry, IReadOnlyList<double> resolution, string unit, string name, JsonObject record)
    {
        var axisUnit = UdunitsName(unit);
        var datasets = new JsonArray();
        for (var level = 0; level < geometry.Levels.Count; level++)
        {
            var f = geometry.Factors[level];
            int[] order = [2, 1, 0];
            datasets.Add(new JsonObject
            {
                ["path"] = level.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["coordinateTransformations"] = new JsonArray(
                    new JsonObject { ["type"] = "scale", ["scale"] = JsonFiles.Array(order.Select(i => f[i] * resolution[i])) },
                    new JsonObject
                    {
                        ["type"] = "translation",
                        ["translation"] = JsonFiles.Array(order.Select(i => (geometry.Origin[i] + ((f[i] - 1) / 2.0)) * resolution[i])),
                    }),
            });
        }

        JsonFiles.Merge(Path.Combine(store.Container, store.DataSet, ".zattrs"), new JsonObject
        {
            ["multiscales"] = new JsonArray(new JsonObject
            {
                ["version"] = "0.4",
                ["name"] = name,
                ["axes"] = new JsonArray([.. AxisNames.Select(a => (JsonNode)new JsonObject { ["name"] = a, ["type"] = "space", ["unit"] = axisUnit })]),
                ["datasets"] = datasets,
                ["type"] = "mean",
            }),
            ["renderExport"] = record,
        });
    }

    /// <summary>render's short units as OME-Zarr's UDUNITS-2 names; anything else is kept.</summary>
    public static string UdunitsName(string unit) => unit switch
    {
        "nm" => "nanometer",
        "um" or "µm" or "μm" => "micrometer",
        "mm" => "millimeter",
        "m" => "meter",
        "pm" => "picometer",
        "A" or "Å" => "angstrom",
        _ => unit,
    };

    private static void WriteGroups(ZarrChunkStore store)
    {
        var parts = store.DataSet.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var depth = 0; depth <= parts.Length; depth++)
        {
            JsonFiles.Write(Path.Combine([store.Container, .. parts.Take(depth), ".zgroup"]), new JsonObject { ["zarr_format"] = 2 });
        }
    }
}
