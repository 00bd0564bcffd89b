using System.Text.Json;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Rendering;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Model.Tests.Json;

/// <summary>
/// Every field of every document type, written with render's exact name, in render's order (its
/// Java field declaration order, superclass fields first, as render-ws-api.md §2 lists them).
/// </summary>
public sealed class FieldOrderTests
{
    private static readonly StackId Stack = new("o", "p", "s");
    private static readonly Bounds Box = new(1, 2, 3, 4, 5, 6);
    private static readonly MipmapPathBuilder Mipmaps = new("/m/", 3, "tif", "(.*)\\d(.*)");
    private static readonly FilterSpec Filter = new("org.janelia.alignment.filter.Invert", new Dictionary<string, string> { ["a"] = "1" });
    private static readonly MipmapLevelDictionary Levels =
        MipmapLevelDictionary.Of(0, new ImageAndMask("i", LoaderType.ImageJDefault, 1, "m", LoaderType.DynamicMask, 2));

    private static readonly TileSpec Tile = new(
        "t", new LayoutData("1.0", "7", "0", 1, 2, 3.5, 4.5, 180, 4, 35), "g", 1, 2, 3, 4, 5, 6, 7, 0, 255,
        Levels, [new ChannelSpec("DAPI", 1, 2, Levels, Mipmaps, Filter)], Mipmaps, Filter,
        new ListTransformSpec([new ReferenceTransformSpec("lens")]), 32, ["l"]);

    private static readonly Dictionary<string, (object Value, string[] Fields)> Documents = new(StringComparer.Ordinal)
    {
        ["TileSpec"] = (Tile,
        [
            "tileId", "layout", "groupId", "z", "minX", "minY", "maxX", "maxY", "width", "height", "minIntensity", "maxIntensity",
            "mipmapLevels", "channels", "mipmapPathBuilder", "filterSpec", "transforms", "meshCellSize", "labels",
        ]),
        ["LayoutData"] = (Tile.Layout!, ["sectionId", "temca", "camera", "imageRow", "imageCol", "stageX", "stageY", "rotation", "pixelsize", "distanceZ"]),
        ["ImageAndMask"] = (Levels[0], ["imageUrl", "imageLoaderType", "imageSliceNumber", "maskUrl", "maskLoaderType", "maskSliceNumber"]),
        ["ChannelSpec"] = (Tile.Channels![0], ["name", "minIntensity", "maxIntensity", "mipmapLevels", "mipmapPathBuilder", "filterSpec"]),
        ["MipmapPathBuilder"] = (Mipmaps, ["rootPath", "numberOfLevels", "extension", "imageMipmapPatternString"]),
        ["FilterSpec"] = (Filter, ["className", "parameters"]),
        ["ResolvedTileSpecCollection"] = (new ResolvedTileSpecCollection(), ["transformIdToSpecMap", "tileIdToSpecMap"]),
        ["StackId"] = (Stack, ["owner", "project", "stack"]),
        ["StackVersion"] = (new StackVersion(DateTimeOffset.UnixEpoch, "n", 1, 2, 4, 4, 35, "/b", Mipmaps, 0.5, "DAPI"),
        [
            "createTimestamp", "versionNotes", "cycleNumber", "cycleStepNumber", "stackResolutionX", "stackResolutionY",
            "stackResolutionZ", "materializedBoxRootPath", "mipmapPathBuilder", "alignmentQuality", "defaultChannel",
        ]),
        ["StackMetaData"] = (new StackMetaData(Stack, StackState.Complete, DateTimeOffset.UnixEpoch, 1, new StackVersion(), new StackStats(), new HierarchicalStack()),
            ["stackId", "state", "lastModifiedTimestamp", "currentVersionNumber", "currentVersion", "stats", "hierarchicalData"]),
        ["StackStats"] = (new StackStats(Box, 1, 2, 3, 4, 5, 6, 7, 8, ["c"]),
        [
            "stackBounds", "sectionCount", "nonIntegralSectionCount", "tileCount", "transformCount",
            "minTileWidth", "maxTileWidth", "minTileHeight", "maxTileHeight", "channelNames",
        ]),
        ["HierarchicalStack"] = (new HierarchicalStack(Stack, Stack, Stack, Stack, 1, 2, 3, 4, 5, 0.5, Box, new MatchCollectionId("o", "m"), 9, ["g"], 0.1),
        [
            "roughTilesStackId", "parentTierStackId", "alignedStackId", "warpTilesStackId", "tier", "tierRow", "tierColumn",
            "totalTierRowCount", "totalTierColumnCount", "scale", "fullScaleBounds", "matchCollectionId", "savedMatchPairCount",
            "splitGroupIds", "alignmentQuality",
        ]),
        ["StackWithZValues"] = (new StackWithZValues(Stack, [1.0]), ["stackId", "zValues"]),
        ["Bounds"] = (Box, ["minX", "minY", "minZ", "maxX", "maxY", "maxZ"]),
        ["TileBounds"] = (new TileBounds(1, 2, 3, 4, "t", "s", 5), ["minX", "minY", "maxX", "maxY", "tileId", "sectionId", "z"]),
        ["SectionData"] = (new SectionData("s", 1, 2, 3, 4, 5, 6), ["sectionId", "z", "tileCount", "minX", "maxX", "minY", "maxY"]),
        ["TileCoordinates"] = (new TileCoordinates("t", true, [1, 2], [3, 4], "e"), ["tileId", "visible", "local", "world", "error"]),
        ["LastTileTransform"] = (new LastTileTransform("t", new ReferenceTransformSpec("r")), ["tileId", "lastTransform"]),
        ["TileTransform"] = (new TileTransform("t", new ReferenceTransformSpec("r")), ["tileId", "transform"]),
        ["RenderParameters"] = (new RenderParameters(
            "u", 64, 1, "in", "out", 1, 2, 3, 4, 0.5, true, 0, 255, true, 0.9f, 2, true, true, true, "p", true, true, 0xffffff, true,
            "DAPI", Mipmaps, [Filter], [Tile], 1, 2, 3, 4, 64),
        [
            "tileSpecUrl", "meshCellSize", "minMeshCellSize", "in", "out", "x", "y", "width", "height", "scale", "areaOffset",
            "minIntensity", "maxIntensity", "convertToGray", "quality", "numberOfThreads", "skipInterpolation", "binaryMask",
            "excludeMask", "parametersUrl", "doFilter", "addWarpFieldDebugOverlay", "backgroundRGBColor", "fillWithNoise",
            "channels", "mipmapPathBuilder", "filterSpecs", "tileSpecs", "minBoundsMinX", "minBoundsMinY", "minBoundsMaxX",
            "minBoundsMaxY", "minBoundsMeshCellSize",
        ]),
        ["CanvasMatches"] = (new CanvasMatches("pg", "p", "qg", "q", new ConsensusSetData(1, "op", "oq"), new Matches([[1.0], [2.0]], [[3.0], [4.0]], [1.0]), 1),
            ["pGroupId", "pId", "qGroupId", "qId", "consensusSetData", "matches", "matchCount"]),
        ["Matches"] = (new Matches([[1.0], [2.0]], [[3.0], [4.0]], [1.0]), ["p", "q", "w"]),
        ["ConsensusSetData"] = (new ConsensusSetData(1, "op", "oq"), ["index", "originalPId", "originalQId"]),
        ["MatchCollectionId"] = (new MatchCollectionId("o", "m"), ["owner", "name"]),
        ["MatchCollectionMetaData"] = (new MatchCollectionMetaData(new MatchCollectionId("o", "m"), 3), ["collectionId", "pairCount"]),
        ["MatchTrial"] = (new MatchTrial("id", JsonDocument.Parse("{}").RootElement, [], JsonDocument.Parse("{}").RootElement, JsonDocument.Parse("{}").RootElement),
            ["id", "parameters", "matches", "stats", "gdStats"]),
        ["RenderableCanvasIdPairs"] = (new RenderableCanvasIdPairs("{baseDataUrl}/x", [new OrderedCanvasIdPair(new CanvasId("g", "a"), new CanvasId("g", "b"), 0)]),
            ["renderParametersUrlTemplate", "neighborPairs"]),
        ["OrderedCanvasIdPair"] = (new OrderedCanvasIdPair(new CanvasId("g", "a"), new CanvasId("g", "b"), 1), ["p", "q", "absoluteDeltaZ"]),
        ["CanvasId"] = (new CanvasId("g", "a", MontageRelativePosition.Left, [1, 2]), ["groupId", "id", "relativePosition", "clipOffsets"]),
        ["LeafTransformSpec"] = (new LeafTransformSpec("c", "d") { Id = "i", MetaData = TransformSpecMetaData.Empty }, ["type", "id", "metaData", "className", "dataString"]),
        ["ListTransformSpec"] = (new ListTransformSpec([]) { Id = "i", MetaData = TransformSpecMetaData.Empty }, ["type", "id", "metaData", "specList"]),
        ["ReferenceTransformSpec"] = (new ReferenceTransformSpec("r") { Id = "i", MetaData = TransformSpecMetaData.Empty }, ["type", "id", "metaData", "refId"]),
        ["InterpolatedTransformSpec"] = (
            new InterpolatedTransformSpec(new ReferenceTransformSpec("a"), new ReferenceTransformSpec("b"), 0.5) { Id = "i", MetaData = TransformSpecMetaData.Empty },
            ["type", "id", "metaData", "a", "b", "lambda"]),
    };

    public static TheoryData<string> DocumentNames() => [.. Documents.Keys];

    [Theory]
    [MemberData(nameof(DocumentNames))]
    public void Write_FullyPopulatedDocument_HasRendersFieldsInRendersOrder(string name)
    {
        var (value, fields) = Documents[name];

        var json = value is TransformSpec spec
            ? RenderJson.Serialize(spec)
            : JsonSerializer.Serialize(value, RenderJson.Options.GetTypeInfo(value.GetType()));

        using var document = JsonDocument.Parse(json);
        Assert.Equal(fields, document.RootElement.EnumerateObject().Select(property => property.Name));
    }
}
