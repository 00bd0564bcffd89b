using System.Data.Common;
using System.Text;
using Render.Model;
using Render.Model.Json;
using Render.Model.PointMatches;
using Render.Model.Stacks;
using Render.Model.Tiles;
using Render.Model.Transforms;

namespace Render.Storage.Tests;

/// <summary>The old database's data, written as the old stores wrote their rows, and read back through the current store.</summary>
public abstract partial class MigrationContract<TStore>
{
    private const string LegacyMatchesJson = """{"p":[[1.0,2]],"q":[[0.50,3]],"w":[1,1]}""";

    private static readonly LeafTransformSpec Lens = new("mpicbg.trakem2.transform.AffineModel2D", "1 0 0 1 3 4") { Id = "lens" };

    /// <summary>The COMPLETE stack's tiles in the order they were stored (not their id order).</summary>
    private static readonly TileSpec[] CompleteTiles =
    [
        Tile("z2.b", 2, 100.25, 0, 200, 100.75, "2.0", null),
        Tile("z1.a", 1, 0, 0, 100, 100, "1.0", "A") with
        {
            Channels = [new ChannelSpec(Name: "DAPI"), new ChannelSpec(Name: "GFP", MaxIntensity: 4095)],
            Transforms = new ListTransformSpec([new ReferenceTransformSpec("lens"), new LeafTransformSpec("mpicbg.trakem2.transform.TranslationModel2D", "5 6")]),
        },
        Tile("z1.c", 1, 0, 90, 100, 190, "1.0", "A"),
        Tile("z2.a", 2, 0, 0, 100, 100, "2.0", "A"),
        Tile("z1.b", 1, 90.5, 0, 190.5, 100, "1.0", "B"),
        Tile("z2.5", 2.5, -50, -50, 50, 50, "2.5", null),
    ];

    private static readonly TileSpec[] LoadingTiles =
    [
        Tile("c", 5, 0, 0, 10, 10, "5.0", null), Tile("a", 5, 20, 0, 30, 10, "5.0", null), Tile("b", 0, 0, 0, 10, 10, null, null) with { Z = null },
    ];

    private static readonly CanvasMatches[] StoredPairs =
    [
        new("g1", "1", "g2", "1", Matches: new Matches([[1.5, 2.25], [3, 4]], [[5, 6], [7, 8.125]], [1, 0.5]), MatchCount: 2),
        new("g1", "2", "g2", "1", ConsensusSetData: new ConsensusSetData(1, "g1.2", "g2.1"), Matches: new Matches([[1], [2]], [[3], [4]], [1])),
        new("g2", "1", "g3", "7", Matches: new Matches([[-1e-7], [1.7976931348623157E308]], [[0], [-0.0]], [0.25])),
    ];

    private static StackMetaData Meta(StackId stackId, StackState state) => new(
        stackId, state, DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000), 3,
        new StackVersion(VersionNotes: $"{stackId.Stack} notes", CycleNumber: 1, StackResolutionX: 4, StackResolutionZ: 35),
        state == StackState.Complete ? new StackStats(StackBounds: new Bounds(-50, -50, 1, 200, 190, 2.5), SectionCount: 3, TileCount: 6) : null);

    private static TileSpec Tile(string id, double z, double minX, double minY, double maxX, double maxY, string? section, string? group) =>
        new(TileId: id, Z: z, MinX: minX, MinY: minY, MaxX: maxX, MaxY: maxY, Width: 2048, Height: 2048, GroupId: group,
            Layout: section is null ? null : new LayoutData(SectionId: section));

    private async Task WriteOldDataAsync()
    {
        await using var connection = await OpenAsync();
        var complete = await InsertStackAsync(connection, Meta(CompleteStack, StackState.Complete), sectionsDerived: true);
        foreach (var tile in CompleteTiles)
        {
            await InsertTileAsync(connection, complete, tile);
        }

        await InsertAsync(connection, "INSERT INTO transform (stack_key, transform_id, spec) VALUES (@k, @id, @spec)",
            P("@k", complete), P("@id", Lens.Id), P("@spec", RenderJson.SerializeToUtf8Bytes<TransformSpec>(Lens)));
        await InsertAsync(
            connection,
            """
            INSERT INTO section (stack_key, section_id, z, tile_count, min_x, max_x, min_y, max_y)
            SELECT @k, section_id, z, count(*), min(min_x), max(max_x), min(min_y), max(max_y)
            FROM tile WHERE stack_key = @k GROUP BY section_id, z
            """,
            P("@k", complete));
        await BuildOldBoxIndexAsync(connection, complete);

        var loading = await InsertStackAsync(connection, Meta(LoadingStack, StackState.Loading), sectionsDerived: false);
        foreach (var tile in LoadingTiles)
        {
            await InsertTileAsync(connection, loading, tile);
        }

        await InsertStackAsync(connection, Meta(OfflineStack, StackState.Offline), sectionsDerived: false);
        var pairs = await InsertAsync(connection, "INSERT INTO match_collection (owner, name) VALUES (@o, @n) RETURNING collection_key", P("@o", Pairs.Owner), P("@n", Pairs.Name));
        foreach (var pair in StoredPairs)
        {
            await InsertPairAsync(connection, pairs, pair, PackedMatches.Pack(pair.Matches!));
        }

        // A pair saved before matches were packed keeps its JSON text.
        await InsertPairAsync(connection, pairs, new CanvasMatches("g0", "9", "g1", "1"), Encoding.UTF8.GetBytes(LegacyMatchesJson));
        await InsertAsync(connection, "INSERT INTO match_collection (owner, name) VALUES (@o, @n) RETURNING collection_key", P("@o", Emptied.Owner), P("@n", Emptied.Name));
    }

    private static Task<long> InsertStackAsync(DbConnection connection, StackMetaData meta, bool sectionsDerived) =>
        InsertAsync(
            connection,
            """
            INSERT INTO stack (owner, project, name, state, revision, sections_derived, meta) VALUES (@o, @p, @s, @state, 7, @derived, @meta)
            RETURNING stack_key
            """,
            P("@o", meta.StackId.Owner), P("@p", meta.StackId.Project), P("@s", meta.StackId.Stack), P("@state", JavaEnumNames<StackState>.NameOf(meta.State)),
            P("@derived", sectionsDerived), P("@meta", RenderJson.SerializeToUtf8Bytes(meta)));

    private static Task<long> InsertTileAsync(DbConnection connection, long stackKey, TileSpec tile)
    {
        var channels = tile.Channels?.Select(channel => channel.Name).OfType<string>().ToList();
        return InsertAsync(
            connection,
            """
            INSERT INTO tile (stack_key, tile_id, z, section_id, group_id, min_x, min_y, max_x, max_y, channel_names, spec)
            VALUES (@k, @id, @z, @section, @group, @minX, @minY, @maxX, @maxY, @channels, @spec)
            """,
            P("@k", stackKey), P("@id", tile.TileId), P("@z", tile.Z), P("@section", tile.Layout?.SectionId), P("@group", tile.GroupId),
            P("@minX", tile.MinX), P("@minY", tile.MinY), P("@maxX", tile.MaxX), P("@maxY", tile.MaxY),
            P("@channels", channels is { Count: > 0 } ? string.Join('\n', channels) : null), P("@spec", RenderJson.SerializeToUtf8Bytes(tile)));
    }

    private static Task<long> InsertPairAsync(DbConnection connection, long collectionKey, CanvasMatches pair, byte[] matches) =>
        InsertAsync(
            connection,
            """
            INSERT INTO match_pair (collection_key, p_group_id, q_group_id, p_id, q_id, consensus, match_count, matches)
            VALUES (@k, @pg, @qg, @p, @q, @consensus, @count, @matches)
            """,
            P("@k", collectionKey), P("@pg", pair.PGroupId), P("@qg", pair.QGroupId), P("@p", pair.PId), P("@q", pair.QId),
            P("@consensus", pair.ConsensusSetData is null ? null : RenderJson.SerializeToUtf8Bytes(pair.ConsensusSetData)),
            P("@count", pair.MatchCount), P("@matches", matches));
}
