using System.Text.Json;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Json;

/// <summary>
/// Every JSON document of the reference fixtures parses into our model, and writing it back loses
/// no field: the written JSON holds every input field (but for the keys render itself ignores),
/// and reading the written JSON and writing it again gives the same text.
/// </summary>
public sealed class FixtureRoundTripTests
{
    /// <summary>Each fixture and the document type it is (render-app test data, service test data, render-python data).</summary>
    private static readonly Dictionary<string, string> DocumentTypes = new(StringComparer.Ordinal)
    {
        ["example_1/cycle1_step1_acquire_tiles.json"] = "tiles",
        ["example_1/cycle1_step1_acquire_transforms.json"] = "transforms",
        ["example_1/cycle1_step2_montage_changes.json"] = "tileTransforms",
        ["example_1/cycle1_step3_align_changes.json"] = "tileTransforms",
        ["example_1/v1_acquire_s3407_world_points.json"] = "coordinates",
        ["render-app/composite-test/test_composite.json"] = "tiles",
        ["render-app/match-test/tile_pairs_v12_acquire_merged_1_5.json"] = "tilePairs",
        ["render-app/mipmap-test/generator_tile_specs.json"] = "tiles",
        ["render-app/mipmap-test/generator_transform_specs.json"] = "transforms",
        ["render-app/mipmap-test/mask_mipmap_test.json"] = "tiles",
        ["render-app/mipmap-test/upscale_test.json"] = "tiles",
        ["render-app/multichannel-test/test_2_channels.json"] = "tiles",
        ["render-app/perf-test/json/jpg/render-1600-3200-1600-1600.json"] = "renderParameters",
        ["render-app/perf-test/json/tif/render-1600-3200-1600-1600.json"] = "renderParameters",
        ["render-app/render-parameters-test/render.json"] = "renderParameters",
        ["render-app/render-parameters-test/rotated_bowtie_tiles.json"] = "renderParameters",
        ["render-app/stitch-test/16_bit_tiles.json"] = "tiles",
        ["render-app/stitch-test/200x200-rotated-stitch.json"] = "tiles",
        ["render-app/stitch-test/test_4_tiles.json"] = "tiles",
        ["render-app/stitch-test/test_4_tiles_level_1.json"] = "tiles",
        ["render-app/stitch-test/test_4_tiles_tiff_stack.json"] = "tiles",
        ["render-app/stitch-test/test_4_tiles_with_dynamic_mask.json"] = "tiles",
        ["render-app/stitch-test/test_4_tiles_with_mixed_masks.json"] = "tiles",
        ["render-app/stitch-test/test_hdf5.json"] = "tiles",
        ["render-app/stitch-test/test_n5.json"] = "tiles",
        ["render-app/stitch-test/test_n5_big.json"] = "tiles",
        ["render-app/stitch-test/test_n5_small.json"] = "tiles",
        ["render-app/tile-test/tile_with_non_invertible_transforms.json"] = "tile",
        ["render-app/tile-test/tile_with_only_affine_transforms.json"] = "tile",
        ["render-app/warp-field-test/box4.json"] = "renderParameters",
        ["render-app/warp-field-test/box7.json"] = "renderParameters",
        ["render-app/warp-field-test/four_tile_acquire.json"] = "tiles",
        ["render-app/warp-field-test/four_tile_corrupted.json"] = "tiles",
        ["render-app/warp-field-test/four_tile_montage.json"] = "tiles",
        ["render-app/warp-field-test/montage_no_warp.json"] = "tiles",
        ["render-app/warp-field-test/montage_warp.json"] = "tiles",
        ["render-app/warp-field-test/montage_warp_tiles_rotate.json"] = "tiles",
        ["render-app/warp-field-test/montage_warp_tiles_translate.json"] = "tiles",
        ["render-python/thin_plate_from_rough.json"] = "transform",
        ["render-python/thin_plate_spline.json"] = "transform",
        ["render-python/thin_plate_spline_affine.json"] = "transform",
        ["render-python/tilespec_interpolated.json"] = "tile",
        ["render-python/tilespec_ref.json"] = "tile",
        ["render-python/tilespec_references.json"] = "tiles",
        ["render-python/tilespecs.json"] = "tiles",
        // render-python fills its {{...}} placeholders with Jinja, but they sit inside image URL
        // strings, so the template itself is a valid tile array.
        ["render-python/test_2_channels.json"] = "tiles",
        ["render-python/transform_references.json"] = "transforms",
        ["render-ws/mongodb/admin__stack_meta_data.json"] = "stacks",
        ["render-ws/mongodb/elastic-3903.json"] = "tiles",
        ["render-ws/mongodb/elastic-transform.json"] = "transforms",
        ["render-ws/mongodb/fly863_acquire__transform.json"] = "transforms",
        ["render-ws/mongodb/fly863_align__tile.json"] = "tiles",
        ["render-ws/mongodb/fly863_montage__tile.json"] = "tiles",
        ["render-ws/mongodb/match.json"] = "matches",
        ["render-ws/mongodb/match_b.json"] = "matches",
        ["render-ws/mongodb/match_c.json"] = "matches",
        ["render-ws/mongodb/matchTrial.json"] = "matchTrials",
        // Legacy array-style "transforms" that render no longer reads; we read it as the list it means.
        ["render-ws/parameters/test-project/stack-a/test-project_stack-a_0.json"] = "tiles",
    };

    /// <summary>Fixtures that must be refused, with what the message must mention.</summary>
    private static readonly Dictionary<string, (string Type, string Mentions)> RejectedDocuments = new(StringComparer.Ordinal)
    {
        // The reference rejects the trailing comma in a specList with a parse error.
        ["render-app/render-parameters-test/extraneous-comma-render.json"] = ("renderParameters", "trailing comma"),
    };

    /// <summary>Inputs of render's other clients (match stage and mipmap generator parameters), not documents the service exchanges.</summary>
    private static readonly HashSet<string> ClientParameterFiles = new(StringComparer.Ordinal)
    {
        "render-app/match-test/match_stage_montage.json",
        "render-app/mipmap-test/generator_parameters.json",
    };

    /// <summary>Keys render reads past (legacy stack-version keys, metaData keys other than labels), as "parent.key".</summary>
    private static readonly HashSet<string> KeysRenderIgnores = new(StringComparer.Ordinal)
    {
        "currentVersion.projectIteration",
        "currentVersion.projectStep",
        "currentVersion.snapshotRootPath",
        "metaData.group",
        "metaData.temca",
        "metaData.camera",
    };

    public static TheoryData<string> Documents() => [.. DocumentTypes.Keys];

    public static TheoryData<string> Rejected() => [.. RejectedDocuments.Keys];

    [Fact]
    public void Fixtures_EveryJsonFile_IsClassified()
    {
        var unclassified = Fixtures.AllJsonFiles()
            .Where(file => !DocumentTypes.ContainsKey(file) && !RejectedDocuments.ContainsKey(file) && !ClientParameterFiles.Contains(file))
            .ToList();

        Assert.Empty(unclassified);
        Assert.Equal(61, Fixtures.AllJsonFiles().Count());
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_ReferenceDocument_WritesEveryFieldBack(string file)
    {
        var input = Fixtures.Read(file);

        var (written, rewritten) = RoundTrip(DocumentTypes[file], input);

        Assert.Empty(JsonSubset.Differences(input, written, KeysRenderIgnores));
        Assert.Equal(written, rewritten);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_ReferenceDocument_KeepsDataStringsCharacterForCharacter(string file)
    {
        var input = Fixtures.Read(file);

        var (written, _) = RoundTrip(DocumentTypes[file], input);

        Assert.Equal(DataStrings(input), DataStrings(written));
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Parse_InvalidReferenceDocument_FailsWithClearMessage(string file)
    {
        var (type, mentions) = RejectedDocuments[file];

        var error = ParseError(type, Fixtures.Read(file));

        Assert.NotNull(error);
        Assert.Contains(mentions, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ClientParameterFiles_AreWellFormedJson()
    {
        foreach (var file in ClientParameterFiles)
        {
            using var document = JsonDocument.Parse(Fixtures.Read(file));
            Assert.NotEqual(JsonValueKind.Undefined, document.RootElement.ValueKind);
        }
    }

    private static (string Written, string Rewritten) RoundTrip(string type, string json) => type switch
    {
        "tile" => RoundTrip<TileSpec>(json),
        "tiles" => RoundTrip<List<TileSpec>>(json),
        "transform" => RoundTrip<TransformSpec>(json),
        "transforms" => RoundTrip<List<TransformSpec>>(json),
        "tileTransforms" => RoundTrip<List<TileTransform>>(json),
        "coordinates" => RoundTrip<List<TileCoordinates>>(json),
        "tilePairs" => RoundTrip<RenderableCanvasIdPairs>(json),
        "renderParameters" => RoundTrip<RenderParameters>(json),
        "stacks" => RoundTrip<List<StackMetaData>>(json),
        "matches" => RoundTrip<List<CanvasMatches>>(json),
        "matchTrials" => RoundTrip<List<MatchTrial>>(json),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown document type"),
    };

    private static (string Written, string Rewritten) RoundTrip<T>(string json)
    {
        var parsed = RenderJson.Parse<T>(json);
        Assert.True(parsed.Success, parsed.Error);
        var written = RenderJson.Serialize(parsed.Value);
        var reparsed = RenderJson.Parse<T>(written);
        Assert.True(reparsed.Success, reparsed.Error);
        return (written, RenderJson.Serialize(reparsed.Value));
    }

    private static string? ParseError(string type, string json) => type switch
    {
        "renderParameters" => RenderJson.Parse<RenderParameters>(json).Error,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unknown document type"),
    };

    private static List<string> DataStrings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var found = new List<string>();
        Collect(document.RootElement, found);
        return found;

        static void Collect(JsonElement element, List<string> found)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "dataString" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        found.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, found);
                    }
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }
            }
        }
    }
}
