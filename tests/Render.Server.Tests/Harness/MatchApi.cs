using System.Net;
using System.Text.Json.Nodes;

namespace Render.Server.Tests.Harness;

/// <summary>Match collections for the match contract tests: unique owners, fixture imports, pair ids.</summary>
internal static class MatchApi
{
    private static int _counter;

    /// <summary>An owner no other test uses, so that owner-wide listings see only this test's collections.</summary>
    public static string NewOwner() => $"matchOwner{Interlocked.Increment(ref _counter)}x{Environment.ProcessId}";

    /// <summary>render's <c>{M}</c> path.</summary>
    public static string CollectionPath(string owner, string name) => $"owner/{owner}/matchCollection/{name}";

    /// <summary>PUT matches (201).</summary>
    public static Task ImportAsync(this RenderApi api, string collectionPath, string pairsJson) =>
        RenderApi.ExpectAsync(HttpStatusCode.Created, api.PutAsync($"{collectionPath}/matches", pairsJson));

    /// <summary>
    /// A new owner holding render's MatchDao test collections: match.json as testCollection,
    /// match_b.json as testCollectionB and match_c.json as testCollectionC; returns the owner.
    /// </summary>
    public static async Task<string> ImportFixtureCollectionsAsync(this RenderApi api)
    {
        var owner = NewOwner();
        await api.ImportAsync(CollectionPath(owner, "testCollection"), Fixtures.Read("render-ws/mongodb/match.json"));
        await api.ImportAsync(CollectionPath(owner, "testCollectionB"), Fixtures.Read("render-ws/mongodb/match_b.json"));
        await api.ImportAsync(CollectionPath(owner, "testCollectionC"), Fixtures.Read("render-ws/mongodb/match_c.json"));
        return owner;
    }

    /// <summary>GET expecting a JSON array.</summary>
    public static async Task<JsonArray> GetArrayAsync(this RenderApi api, string path) => (await api.GetJsonAsync(path)).AsArray();

    /// <summary>"pGroupId/pId-qGroupId/qId" of each pair, in answer order.</summary>
    public static string[] PairIds(JsonArray pairs) =>
        [.. pairs.Select(pair => $"{(string)pair!["pGroupId"]!}/{(string)pair["pId"]!}-{(string)pair["qGroupId"]!}/{(string)pair["qId"]!}")];

    /// <summary>A pair with dimension-major points, <paramref name="count"/> matches.</summary>
    public static JsonObject Pair(string pGroupId, string pId, string qGroupId, string qId, int count = 1, double offset = 0)
    {
        JsonArray Row(double start) => [.. Enumerable.Range(0, count).Select(i => JsonValue.Create(start + offset + i))];
        return new JsonObject
        {
            ["pGroupId"] = pGroupId,
            ["pId"] = pId,
            ["qGroupId"] = qGroupId,
            ["qId"] = qId,
            ["matches"] = new JsonObject { ["p"] = new JsonArray(Row(1), Row(4)), ["q"] = new JsonArray(Row(11), Row(14)), ["w"] = Row(7) },
        };
    }

    /// <summary>A JSON array of the given pairs.</summary>
    public static string Array(params JsonObject[] pairs) => new JsonArray([.. pairs]).ToJsonString();

    /// <summary>The pairCount of collection <paramref name="name"/> in the owner's listing, or null when it is not listed.</summary>
    public static async Task<long?> PairCountAsync(this RenderApi api, string owner, string name)
    {
        var listing = await api.GetArrayAsync($"owner/{owner}/matchCollections");
        var entry = listing.FirstOrDefault(item => (string)item!["collectionId"]!["name"]! == name);
        return entry is null ? null : (long)entry["pairCount"]!;
    }
}
