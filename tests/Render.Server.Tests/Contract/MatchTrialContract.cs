using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Render.Server.Services;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>
/// render's match trials over HTTP: a trial on two tiles with a known offset finds matches that
/// agree with it, is stored and read back, deleted, and bad input is refused with a plain message.
/// </summary>
public abstract class MatchTrialContract(ServerFixture server)
{
    /// <summary>Less than the tiles' 106 pixels of overlap, so a clip that did nothing would show.</summary>
    private const int ClipPixels = 100;

    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task PostTrial_TilesWithKnownOffset_MatchesAgreeWithinOnePixel()
    {
        var (p, q) = await TileUrlsAsync();

        var response = await _api.PostAsync("owner/trialOwner/matchTrial", Parameters(p, q).ToJsonString());
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var trial = JsonNode.Parse(body)!;
        var id = (string)trial["id"]!;
        Assert.Matches("^[0-9a-f]{24}$", id);
        Assert.True(trial["matches"]!.AsArray().Count == 1, body[^400..]);
        var matches = trial["matches"]!.AsArray()[0]!;
        var (px, py, qx, qy) = (Row(matches["p"]![0]!), Row(matches["p"]![1]!), Row(matches["q"]![0]!), Row(matches["q"]![1]!));
        Assert.True(px.Length >= 6, $"only {px.Length} matches");
        // Inliers lie within the 2 px epsilon of the fitted shift; the shift itself is the known offset within 1 px.
        var dx = px.Zip(qx, (a, b) => a - b).Order().ToArray();
        var dy = py.Zip(qy, (a, b) => a - b).Order().ToArray();
        Assert.InRange(dx[dx.Length / 2], TrialTiles.Offset.X - 1.0, TrialTiles.Offset.X + 1.0);
        Assert.InRange(dy[dy.Length / 2], TrialTiles.Offset.Y - 1.0, TrialTiles.Offset.Y + 1.0);
        Assert.All(dx, d => Assert.InRange(d, TrialTiles.Offset.X - 3.0, TrialTiles.Offset.X + 3.0));
        Assert.All(dy, d => Assert.InRange(d, TrialTiles.Offset.Y - 3.0, TrialTiles.Offset.Y + 3.0));

        var stats = trial["stats"]!;
        Assert.True((int)stats["pFeatureCount"]! >= px.Length);
        Assert.True((int)stats["qFeatureCount"]! >= px.Length);
        Assert.Equal(px.Length, (int)stats["consensusSetSizes"]![0]!);
        Assert.Equal(p, (string)trial["parameters"]!["pRenderParametersUrl"]!);
        Assert.Equal(1000, (int)trial["parameters"]!["featureAndMatchParameters"]!["matchDerivationParameters"]!["matchIterations"]!);
    }

    [Fact]
    public async Task PostTrial_ClippedLeftRight_MatchesInsideTheStripsAtTheKnownOffset()
    {
        var (p, q) = await TileUrlsAsync();
        var parameters = Parameters(p, q);
        parameters["featureAndMatchParameters"]!["pClipPosition"] = "LEFT";
        parameters["featureAndMatchParameters"]!["clipPixels"] = ClipPixels;

        var body = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PostAsync("owner/trialOwner/matchTrial", parameters.ToJsonString()));

        // p (LEFT) keeps its right 100 pixels, q (RIGHT) its left 100; matches are in the whole tiles' pixels.
        var trial = JsonNode.Parse(body)!;
        var matches = trial["matches"]!.AsArray()[0]!;
        var (px, qx) = (Row(matches["p"]![0]!), Row(matches["q"]![0]!));
        Assert.True(px.Length >= 6, $"only {px.Length} matches");
        Assert.All(px, x => Assert.InRange(x, TrialTiles.Size - ClipPixels - 0.5, TrialTiles.Size + 0.5));
        Assert.All(qx, x => Assert.InRange(x, -0.5, ClipPixels + 0.5));
        var dx = px.Zip(qx, (a, b) => a - b).Order().ToArray();
        var dy = Row(matches["p"]![1]!).Zip(Row(matches["q"]![1]!), (a, b) => a - b).Order().ToArray();
        Assert.InRange(dx[dx.Length / 2], TrialTiles.Offset.X - 1.0, TrialTiles.Offset.X + 1.0);
        Assert.InRange(dy[dy.Length / 2], TrialTiles.Offset.Y - 1.0, TrialTiles.Offset.Y + 1.0);
        Assert.Equal("LEFT", (string)trial["parameters"]!["featureAndMatchParameters"]!["pClipPosition"]!);
        Assert.Equal(ClipPixels, (int)trial["parameters"]!["featureAndMatchParameters"]!["clipPixels"]!);
    }

    [Fact]
    public async Task PostTrial_EveryTrialSlotTaken_Is503WithRetryAfterUntilOneIsFree()
    {
        var (p, q) = await TileUrlsAsync();
        var gate = server.Services.GetRequiredService<MatchTrialGate>();
        var held = Enumerable.Range(0, gate.Limit).Select(_ => gate.Enter()).ToList();
        HttpResponseMessage busy;
        try
        {
            busy = await _api.PostAsync("owner/trialOwner/matchTrial", Parameters(p, q).ToJsonString());
        }
        finally
        {
            held.ForEach(slot => slot.Dispose());
        }

        var message = await busy.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("text/plain", busy.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(2), busy.Headers.RetryAfter?.Delta);
        Assert.Equal($"the server is running {gate.Limit} match trial(s), the most it runs at once; try again shortly", message);
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PostAsync("owner/trialOwner/matchTrial", Parameters(p, q).ToJsonString()));
    }

    [Fact]
    public async Task GetTrial_AfterPost_ReturnsTheStoredTrialUntilDeleted()
    {
        var (p, q) = await TileUrlsAsync();
        var posted = await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.PostAsync("owner/trialOwner/matchTrial", Parameters(p, q).ToJsonString()));
        var id = (string)JsonNode.Parse(posted)!["id"]!;

        var read = await _api.GetTextAsync($"owner/trialOwner/matchTrial/{id}");
        var ids = await _api.GetJsonAsync("owner/trialOwner/matchTrialIds");
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"owner/trialOwner/matchTrial/{id}"));
        var (status, message) = await RenderApi.ReadAsync(_api.GetAsync($"owner/trialOwner/matchTrial/{id}"));

        Assert.Equal(posted, read);
        Assert.Contains(id, ids.AsArray().Select(node => (string)node!));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains(id, message, StringComparison.Ordinal);
        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"owner/trialOwner/matchTrial/{id}"));
    }

    [Fact]
    public async Task GetTrial_UnknownOrOtherOwner_Is404()
    {
        var (status, message) = await RenderApi.ReadAsync(_api.GetAsync("owner/trialOwner/matchTrial/0123456789abcdef01234567"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("match trial with id '0123456789abcdef01234567' not found", message);
    }

    [Theory]
    [InlineData("", "no parameters provided")]
    [InlineData("{}", "featureAndMatchParameters are not defined")]
    [InlineData("""{"featureAndMatchParameters":{"matchDerivationParameters":{}},"pRenderParametersUrl":"x","qRenderParametersUrl":"y"}""", "siftFeatureParameters must be defined")]
    [InlineData("""{"featureAndMatchParameters":{"siftFeatureParameters":{},"matchDerivationParameters":{"matchMaxEpsilon":2}},"qRenderParametersUrl":"y"}""", "pRenderParametersUrl is not defined")]
    [InlineData("""{"featureAndMatchParameters":{"siftFeatureParameters":{},"matchDerivationParameters":{}},"pRenderParametersUrl":"x","qRenderParametersUrl":"y"}""", "matchMaxEpsilon")]
    [InlineData("not json", "")]
    public async Task PostTrial_BadParameters_Is400WithPlainMessage(string body, string expected)
    {
        var (status, message) = await RenderApi.ReadAsync(_api.PostAsync("owner/trialOwner/matchTrial", body));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTrial_BadValuesOrUrls_Is400SayingWhy()
    {
        var (p, q) = await TileUrlsAsync();
        var geometric = Parameters(p, q);
        geometric["geometricDescriptorAndMatchFilterParameters"] = new JsonObject();
        var cases = new (JsonObject Body, string Expected)[]
        {
            (With(Parameters(p, q), m => m["matchRod"] = 2.0), "matchRod must be in (0, 1]"),
            (With(Parameters(p, q), m => m["matchModelType"] = "WARPED"), "matchModelType 'WARPED' is not one of"),
            (With(Parameters(p, q), m => m["matchIterations"] = 10_000_000), "100,000"),
            (Parameters(q, p), "must be swapped"),
            (Parameters("http://example.org/render-ws/v1/owner/o/project/p/stack/s/tile/t/render-parameters", q), "is not resolved by this server"),
            (Parameters(p.Replace("scale=1.0", "scale=20", StringComparison.Ordinal), q), "2048 x 2048"),
            (Parameters(p.Replace("_a/render", "_missing/render", StringComparison.Ordinal), q), "cannot be loaded"),
            (WithClip(Parameters(p, q), null, 100), "pClipPosition must be defined when clipPixels is defined"),
            (WithClip(Parameters(p, q), "LEFT", null), "clipPixels must be defined when pClipPosition is defined"),
            (WithClip(Parameters(p, q), "MIDDLE", 100), "pClipPosition 'MIDDLE' is not one of TOP, BOTTOM, LEFT, RIGHT"),
            (WithClip(Parameters(p, q), "LEFT", -5), "clip sizes must be positive"),
            (WithClip(Parameters(q, q), "RIGHT", 100), "must be swapped along with relative position"),
            (geometric, "geometricDescriptorAndMatchFilterParameters are not supported"),
        };

        foreach (var (body, expected) in cases)
        {
            var (status, message) = await RenderApi.ReadAsync(_api.PostAsync("owner/trialOwner/matchTrial", body.ToJsonString()));
            Assert.True(status == HttpStatusCode.BadRequest, $"{expected}: {(int)status} {message}");
            Assert.Contains(expected, message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task PostTrial_FileUrlOutsideTheImageRoots_IsRefusedWithoutReading()
    {
        var (_, q) = await TileUrlsAsync();

        var (status, message) = await RenderApi.ReadAsync(_api.PostAsync("owner/trialOwner/matchTrial", Parameters("file:/etc/passwd", q).ToJsonString()));

        Assert.True(status == HttpStatusCode.Forbidden, message);
        Assert.Contains("outside the image roots", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TrialIds_NotAnObjectId_Is400()
    {
        var (status, message) = await RenderApi.ReadAsync(_api.GetAsync("owner/trialOwner/matchTrial/nope"));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("ObjectId", message, StringComparison.Ordinal);
    }

    /// <summary>render's MatchTrialParameters for a translation between the two canvases.</summary>
    private static JsonObject Parameters(string p, string q) => new()
    {
        ["featureAndMatchParameters"] = new JsonObject
        {
            ["siftFeatureParameters"] = new JsonObject { ["fdSize"] = 8, ["minScale"] = 0.25, ["maxScale"] = 1.0, ["steps"] = 3 },
            ["matchDerivationParameters"] = new JsonObject
            {
                ["matchRod"] = 0.92,
                ["matchModelType"] = "TRANSLATION",
                ["matchIterations"] = 1000,
                ["matchMaxEpsilonFullScale"] = 2.0,
                ["matchMinInlierRatio"] = 0.0,
                ["matchMinNumInliers"] = 6,
                ["matchMaxTrust"] = 30.0,
                ["matchFilter"] = "SINGLE_SET",
            },
        },
        ["pRenderParametersUrl"] = p,
        ["qRenderParametersUrl"] = q,
    };

    private static JsonObject With(JsonObject parameters, Action<JsonObject> change)
    {
        change(parameters["featureAndMatchParameters"]!["matchDerivationParameters"]!.AsObject());
        return parameters;
    }

    private static JsonObject WithClip(JsonObject parameters, string? position, int? pixels)
    {
        parameters["featureAndMatchParameters"]!["pClipPosition"] = position;
        parameters["featureAndMatchParameters"]!["clipPixels"] = pixels;
        return parameters;
    }

    private static double[] Row(JsonNode row) => [.. row.AsArray().Select(value => (double)value!)];

    private async Task<(string P, string Q)> TileUrlsAsync()
    {
        var stack = RenderApi.NewStackPath(prefix: "trial");
        await _api.CreateStackAsync(stack);
        await _api.ImportAsync(stack, TestTiles.Collection(TrialTiles.Tiles("tile")), deriveData: true);
        await _api.SetStateAsync(stack, "COMPLETE");
        string Url(string tile) => new Uri(server.ApiBase, $"{stack}/tile/{tile}/render-parameters?normalizeForMatching=true&scale=1.0").ToString();
        return (Url("tile_a"), Url("tile_b"));
    }
}

public sealed class MatchTrialSqliteTests(SqliteServerFixture server) : MatchTrialContract(server), IClassFixture<SqliteServerFixture>;

public sealed class MatchTrialPostgresTests(PostgresServerFixture server) : MatchTrialContract(server), IClassFixture<PostgresServerFixture>;
