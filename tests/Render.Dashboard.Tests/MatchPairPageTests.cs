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
        var (stack, trial) = await StoredPairAsync(http, "trialPairs");
        var stackName = stack[(stack.LastIndexOf('/') + 1)..];

        await OpenAsync($"match-pair.html?matchOwner={Dashboard.Residuals.MatchOwner}&matchCollection=trialPairs&pGroupId=1.0&pId=tile_a&qGroupId=1.0&qId=tile_b"
            + $"&renderOwner=testOwner&renderProject=testProject&renderStack={stackName}");

        var count = MatchCount(trial);
        await Expect(Page.Locator("#match-count")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.Locator("svg.match-pair line.match")).ToHaveCountAsync(count);
        await Screenshots.SaveAsync(Page, "match-pair-stored");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task TrialForm_ClippedRun_DrawsTheNewTrialsMatchesInsideTheStrip()
    {
        using var http = ApiClient();
        var (p, q, _) = await TileUrlsAsync(http);
        var first = await PostTrialAsync(http, p, q);
        var firstId = (string)first["id"]!;
        await OpenAsync($"match-pair.html?owner=pageTrials&trialId={firstId}");
        await Expect(Page.Locator("#match-count")).ToHaveTextAsync(MatchCount(first).ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Clip: p lies LEFT of q, 100 full-scale pixels of each (less than the tiles' 106-pixel overlap).
        await Page.Locator("#trial-form select[name='pClipPosition']").SelectOptionAsync("LEFT");
        await Page.Locator("#trial-form input[name='clipPixels']").FillAsync("100");
        await Page.Locator("#trial-form button[type='submit']").ClickAsync();

        await Expect(Page).Not.ToHaveURLAsync(new System.Text.RegularExpressions.Regex(firstId));
        await Expect(Page.Locator("#clip")).ToContainTextAsync("LEFT");
        var id = new Uri(Page.Url).Query.Split('&').Single(part => part.Contains("trialId=", StringComparison.Ordinal)).Split('=')[1];
        var second = JsonNode.Parse(await RenderApi.ExpectAsync(HttpStatusCode.OK, http.GetAsync($"owner/pageTrials/matchTrial/{id}")))!;
        var count = MatchCount(second);
        Assert.True(count >= 6, $"only {count} matches");
        Assert.Equal(100, (int)second["parameters"]!["featureAndMatchParameters"]!["clipPixels"]!);
        await Expect(Page.Locator("#match-count")).ToHaveTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var lines = Page.Locator("svg.match-pair line.match");
        await Expect(lines).ToHaveCountAsync(count);
        await Expect(Page.Locator("svg.match-pair rect.clip")).ToHaveCountAsync(2);

        // The trial renders at scale 1: p's ends lie in its right 100 pixels, q's in the left 100 of q's image.
        var ends = await lines.EvaluateAllAsync<double[][]>("lines => lines.map(l => [l.x1.baseVal.value, l.x2.baseVal.value])");
        var qLeft = await Page.Locator("svg.match-pair image").Nth(1).GetAttributeAsync("x");
        Assert.All(ends, end => Assert.InRange(end[0], TrialTiles.Size - 100 - 0.5, TrialTiles.Size + 0.5));
        Assert.All(ends, end => Assert.InRange(end[1] - double.Parse(qLeft!, System.Globalization.CultureInfo.InvariantCulture), -0.5, 100.5));
        await Screenshots.SaveAsync(Page, "match-pair-clipped-trial");
        AssertNoScriptErrors();
    }

    [Fact]
    public async Task MatchesPage_RenderStackChosen_LinksAPairToThisView()
    {
        using var http = ApiClient();
        var (stack, trial) = await StoredPairAsync(http, "linkedPairs");
        var owner = Dashboard.Residuals.MatchOwner;
        var segments = stack.Split('/');
        await OpenAsync($"matches.html?owner={owner}&collection=linkedPairs&group=1.0");
        await Expect(Page.Locator("#pairs table").First).ToBeVisibleAsync();
        await Expect(Page.Locator("#pairs a.pair-view")).ToHaveCountAsync(0);

        // No collection names its stack: the page offers every stack, and the choice stays in the URL.
        await Page.Locator("#render-stack select").SelectOptionAsync($"{segments[1]}/{segments[3]}/{segments[5]}");

        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"renderStack={segments[5]}"));
        var link = Page.Locator("#pairs a.pair-view");
        await Expect(link).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(Page, "matches-linked");
        await link.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"match-pair\.html\?matchOwner="));
        await Expect(Page.Locator("svg.match-pair image")).ToHaveCountAsync(2);
        await Expect(Page.Locator("#match-count")).ToHaveTextAsync(MatchCount(trial).ToString(System.Globalization.CultureInfo.InvariantCulture));
        AssertNoScriptErrors();
    }

    private HttpClient ApiClient() => new() { BaseAddress = new Uri(Dashboard.ViewBase, "/render-ws/v1/"), Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>
    /// A trial's matches stored as pair tile_a-tile_b of <paramref name="collection"/> under the residual layer's match owner
    /// (an owner the fixture already has: the index page counts owners).
    /// </summary>
    private async Task<(string Stack, JsonNode Trial)> StoredPairAsync(HttpClient http, string collection)
    {
        var (p, q, stack) = await TileUrlsAsync(http);
        var trial = await PostTrialAsync(http, p, q);
        var pair = new JsonObject { ["pGroupId"] = "1.0", ["pId"] = "tile_a", ["qGroupId"] = "1.0", ["qId"] = "tile_b", ["matches"] = trial["matches"]![0]!.DeepClone() };
        var path = $"owner/{Dashboard.Residuals.MatchOwner}/matchCollection/{collection}/matches";
        await RenderApi.ExpectAsync(HttpStatusCode.Created, new RenderApi(http).PutAsync(path, new JsonArray(pair).ToJsonString()));
        return (stack, trial);
    }

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
