using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>
/// A made-up aligned layer whose residuals are known exactly: tiles a, b, c of 100 × 100 px at x 0,
/// 90 and 180 in z 1 (section 1.0), tile d at x 0 in z 2 (section 2.0), and collection "links":
/// a-b agree (2 matches, 0 px), b-c are off by 3 px in y (2 matches, 3 px each), a-d off by 1 px in
/// x (1 match), and a pair from a to a tile zzz that is not in the stack.
/// </summary>
public static class ResidualLayer
{
    /// <summary>The collection's name.</summary>
    public const string Collection = "links";

    /// <summary>Creates the stack (COMPLETE) and the collection; returns the stack's path and the collection's owner.</summary>
    public static async Task<(string Stack, string MatchOwner)> CreateResidualLayerAsync(this RenderApi api, string owner = "testOwner")
    {
        ArgumentNullException.ThrowIfNull(api);
        var stack = RenderApi.NewStackPath(owner: owner, prefix: "residuals");
        await api.CreateStackAsync(stack).ConfigureAwait(false);
        static JsonObject Tile(string id, double z, string section, double x)
        {
            var tile = TestTiles.Tile(id, z, x);
            tile["layout"] = new JsonObject { ["sectionId"] = section };
            return tile;
        }

        await api.ImportAsync(
            stack,
            TestTiles.Collection([Tile("a", 1, "1.0", 0), Tile("b", 1, "1.0", 90), Tile("c", 1, "1.0", 180), Tile("d", 2, "2.0", 0)]),
            deriveData: false).ConfigureAwait(false);
        var matchOwner = MatchApi.NewOwner();
        await api.ImportAsync(
            MatchApi.CollectionPath(matchOwner, Collection),
            MatchApi.Array(
                Pair("1.0", "a", "1.0", "b", [[95, 98], [50, 20]], [[5, 8], [50, 20]]),
                Pair("1.0", "b", "1.0", "c", [[95, 95], [50, 20]], [[5, 5], [53, 23]]),
                Pair("1.0", "a", "2.0", "d", [[50], [50]], [[51], [50]]),
                Pair("1.0", "a", "1.0", "zzz", [[50], [50]], [[50], [50]]))).ConfigureAwait(false);
        await api.SetStateAsync(stack, "COMPLETE").ConfigureAwait(false);
        return (stack, matchOwner);
    }

    private static JsonObject Pair(string pGroup, string pId, string qGroup, string qId, double[][] p, double[][] q) =>
        new()
        {
            ["pGroupId"] = pGroup,
            ["pId"] = pId,
            ["qGroupId"] = qGroup,
            ["qId"] = qId,
            ["matches"] = new JsonObject
            {
                ["p"] = new JsonArray([.. p.Select(row => new JsonArray([.. row.Select(v => JsonValue.Create(v))]))]),
                ["q"] = new JsonArray([.. q.Select(row => new JsonArray([.. row.Select(v => JsonValue.Create(v))]))]),
                ["w"] = new JsonArray([.. p[0].Select(_ => JsonValue.Create(1.0))]),
            },
        };
}
