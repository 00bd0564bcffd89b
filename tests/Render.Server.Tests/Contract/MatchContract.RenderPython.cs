using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;
using static Render.Server.Tests.Harness.MatchApi;

namespace Render.Server.Tests.Contract;

/// <summary>
/// render-python's point-match usage (test_pointmatch_integrated.py): three matches of one tile of
/// group 0 uploaded as point-major 4 x 2 arrays, each query read back with the uploaded matches
/// dict-equal, then a delete between groups and the collection dropped.
/// </summary>
public abstract partial class MatchContract
{
    [Fact]
    public async Task RenderPythonUsage_ImportQueryDelete_MatchesComeBackAsUploaded()
    {
        var owner = NewOwner();
        var collection = CollectionPath(owner, "test_collection");
        JsonObject[] uploaded = [PythonMatch("1", 0), PythonMatch("2", 10), PythonMatch("0", 20)];
        await _api.ImportAsync(collection, Array([.. uploaded.Select(match => (JsonObject)match.DeepClone())]));

        Assert.Contains("test_collection", (await _api.GetArrayAsync($"owner/{owner}/matchCollections")).Select(item => (string)item!["collectionId"]!["name"]!));
        Assert.Contains(owner, JsonRead.Strings(await _api.GetJsonAsync("matchCollectionOwners")));
        Assert.Equal(3, (await _api.GetArrayAsync($"{collection}/group/0/id/0-1/")).Count);
        Assert.Equal(3, (await _api.GetJsonAsync($"{collection}/groupIds")).AsArray().Count);
        Assert.Single((await _api.GetJsonAsync($"{collection}/pGroupIds")).AsArray());
        Assert.Equal(3, (await _api.GetJsonAsync($"{collection}/qGroupIds")).AsArray().Count);
        Assert.Equal(3, (await _api.GetArrayAsync($"{collection}/pGroup/0/matches/")).Count);

        var outside = await _api.GetArrayAsync($"{collection}/group/0/matchesOutsideGroup");
        Assert.Equal(2, outside.Count);
        AssertSameMatches(uploaded[0], outside[0]);
        AssertSameMatches(uploaded[1], outside[1]);
        AssertSameMatches(uploaded[2], (await _api.GetArrayAsync($"{collection}/group/0/matchesWithinGroup"))[0]);
        AssertSameMatches(uploaded[0], (await _api.GetArrayAsync($"{collection}/group/0/matchesWith/1"))[0]);
        AssertSameMatches(uploaded[0], (await _api.GetArrayAsync($"{collection}/group/0/id/0-1/matchesWith/1/id/1-1"))[0]);

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{collection}/group/0/matchesWith/1"));
        Assert.Equal(2, (await _api.GetJsonAsync($"{collection}/groupIds")).AsArray().Count);

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync(collection));
        Assert.DoesNotContain("test_collection", (await _api.GetArrayAsync($"owner/{owner}/matchCollections")).Select(item => (string)item!["collectionId"]!["name"]!));
    }

    /// <summary>A match as render-python's tests write it: four [x, y] points per side, integers and fractions, four weights.</summary>
    private static JsonObject PythonMatch(string qGroupId, double offset)
    {
        JsonArray Points(double start) =>
        [
            new JsonArray(start + offset, start + offset + 1), new JsonArray(start + offset + 2.5, 7),
            new JsonArray(start + offset + 0.25, 3), new JsonArray(1e-7, start + offset + 1234.5678),
        ];
        return new JsonObject
        {
            ["pGroupId"] = "0",
            ["pId"] = "0-1",
            ["qGroupId"] = qGroupId,
            ["qId"] = $"{qGroupId}-1",
            ["matches"] = new JsonObject { ["p"] = Points(1), ["q"] = Points(100), ["w"] = new JsonArray(1, 0.5, 0.25, 1) },
        };
    }

    /// <summary>Python's dict equality on the ids and the matches (1 equals 1.0 there, as it does for JsonNode numbers read as doubles).</summary>
    private static void AssertSameMatches(JsonObject expected, JsonNode? actual)
    {
        Assert.NotNull(actual);
        foreach (var key in new[] { "pGroupId", "pId", "qGroupId", "qId" })
        {
            Assert.Equal((string)expected[key]!, (string)actual[key]!);
        }

        Assert.Equal(Numbers(expected["matches"]), Numbers(actual["matches"]));
    }

    /// <summary>Every number of p, q and w in order, with the shape of each row.</summary>
    private static string Numbers(JsonNode? node)
    {
        // Re-read from text so that numbers built in code convert like numbers read from a response.
        var matches = JsonNode.Parse(node!.ToJsonString());
        return string.Join(
            "|",
            new[] { "p", "q" }.Select(side => string.Join(";", matches![side]!.AsArray().Select(row => string.Join(",", JsonRead.Doubles(row).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))))))
            .Append(string.Join(",", JsonRead.Doubles(matches!["w"]).Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
    }
}
