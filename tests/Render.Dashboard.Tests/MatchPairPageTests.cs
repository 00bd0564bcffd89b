using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace Render.Dashboard.Tests;

/// <summary>
/// The match-pair page: a stored trial and a stored pair of a collection drawn as two canvases with
/// a line per match, the counts and the residual summary.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class MatchPairPageTests(DashboardFixture dashboard) : PageTest(dashboard)
{
    [Fact]
    public async Task Trial_Stored_ShowsItsMatchCountAndALinePerMatch()
    {
        using var http = ApiClient();
        var (p, q, _) = await TileUrlsAsync(http);
        var trial = await PostTrialAsync(http, p, q);
        var count = MatchCount(trial);

        await OpenAsync($"match-pair.html?owner=pageTrials&trialId={(string)trial["id"]!}");

        await Expect(Page.Locator("#match-count")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.Locator("svg.match-pair line.match")).ToHaveCountAsync(count);
        await Expect(Page.Locator("svg.match-pair image")).ToHaveCountAsync(2);
        await Expect(Page.Locator("#residuals")).ToContainTextAsync("mean");
        await Screenshots.SaveAsync(Page, "match-pair-trial");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task StoredPair_OfACollection_ShowsItsMatchCountAndLines()
    {
        using var http = ApiClient();
        var (p, q, stack) = await TileUrlsAsync(http);
        var trial = await PostTrialAsync(http, p, q);
        var pair = new JsonObject { ["pGroupId"] = "1.0", ["pId"] = "tile_a", ["qGroupId"] = "1.0", ["qId"] = "tile_b", ["matches"] = trial["matches"]![0]!.DeepClone() };
        await RenderApi.ExpectAsync(HttpStatusCode.Created, new RenderApi(http).PutAsync($"owner/{Dashboard.Residuals.MatchOwner}/matchCollection/trialPairs/matches", new JsonArray(pair).ToJsonString()));
        var stackName = stack[(stack.LastIndexOf('/') + 1)..];

        await OpenAsync($"match-pair.html?matchOwner={Dashboard.Residuals.MatchOwner}&matchCollection=trialPairs&pGroupId=1.0&pId=tile_a&qGroupId=1.0&qId=tile_b"
            + $"&renderOwner=testOwner&renderProject=testProject&renderStack={stackName}");

        var count = MatchCount(trial);
        await Expect(Page.Locator("#match-count")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.Locator("svg.match-pair line.match")).ToHaveCountAsync(count);
        await Screenshots.SaveAsync(Page, "match-pair-stored");
        AssertNoScriptErrors();
    }

    private HttpClient ApiClient() => new() { BaseAddress = new Uri(Dashboard.ViewBase, "/render-ws/v1/"), Timeout = TimeSpan.FromMinutes(2) };

    private static int MatchCount(JsonNode trial) => trial["matches"]!.AsArray().Sum(set => set!["w"]!.AsArray().Count);

    private static async Task<JsonNode> PostTrialAsync(HttpClient http, string p, string q)
    {
        var parameters = new JsonObject
        {
            ["featureAndMatchParameters"] = new JsonObject
            {
                ["siftFeatureParameters"] = new JsonObject { ["fdSize"] = 8, ["minScale"] = 0.25, ["maxScale"] = 1.0, ["steps"] = 3 },
                ["matchDerivationParameters"] = new JsonObject
                {
                    ["matchRod"] = 0.92,
                    ["matchModelType"] = "TRANSLATION",
                    ["matchMaxEpsilonFullScale"] = 2.0,
                    ["matchMinNumInliers"] = 6,
                    ["matchMaxTrust"] = 30.0,
                },
            },
            ["pRenderParametersUrl"] = p,
            ["qRenderParametersUrl"] = q,
        };
        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, new RenderApi(http).PostAsync("owner/pageTrials/matchTrial", parameters.ToJsonString()));
        return JsonNode.Parse(body)!;
    }

    private static async Task<(string P, string Q, string Stack)> TileUrlsAsync(HttpClient http)
    {
        var api = new RenderApi(http);
        var stack = RenderApi.NewStackPath(prefix: "pageTrial");
        await api.CreateStackAsync(stack);
        await api.ImportAsync(stack, TestTiles.Collection(TrialTiles.Tiles("tile")), deriveData: true);
        await api.SetStateAsync(stack, "COMPLETE");
        string Url(string tile) => new Uri(http.BaseAddress!, $"{stack}/tile/{tile}/render-parameters?normalizeForMatching=true&scale=1.0").ToString();
        return (Url("tile_a"), Url("tile_b"), stack);
    }
}
