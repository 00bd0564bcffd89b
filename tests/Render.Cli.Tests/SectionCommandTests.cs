using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Render.Server;

namespace Render.Cli.Tests;

/// <summary><c>render section</c> against a running server holding render's 16-bit stitching tiles.</summary>
public sealed class SectionCommandTests
{
    private static readonly string FixtureRoot = Path.Combine(AppContext.BaseDirectory, "TestData", "fixtures", "render-app");

    [Fact]
    public async Task Section_16BitBoxAtHalfScale_WritesRendersStitchedImage()
    {
        var dataDir = Directory.CreateTempSubdirectory("render-cli-section-").FullName;
        var outDir = Path.Combine(dataDir, "out");
        var app = await RenderServer.CreateAsync(new RenderServerOptions { Port = 0, DataDirectory = Path.Combine(dataDir, "db"), LogLevel = Microsoft.Extensions.Logging.LogLevel.Warning }, CancellationToken.None);
        await app.StartAsync();
        try
        {
            var api = new Uri(RenderServer.BaseAddress(app), "render-ws/v1/");
            await CreateStackAsync(api);
            using var output = new StringWriter();
            using var error = new StringWriter();

            var exit = await RenderCommandLine.RunAsync(
                ["section", "--host", api.Host, "--port", api.Port.ToString(CultureInfo.InvariantCulture),
                 "--owner", "o", "--project", "p", "--stack", "s", "--z", "1",
                 "--scale", "0.5", "--bounds", "0,0,700,400", "--format", "png16", "--out", outDir], output, error);

            Assert.True(exit == 0, error.ToString());
            var expected = await File.ReadAllBytesAsync(Path.Combine(FixtureRoot, "stitch-test/expected_stitched_16_bit.png"));
            Assert.Equal(Pixels(expected), Pixels(await File.ReadAllBytesAsync(Path.Combine(outDir, "1.0.png"))));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDir, recursive: true);
        }
    }

    [Fact]
    public async Task Section_BadScale_FailsWithAMessage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = await RenderCommandLine.RunAsync(
            ["section", "--owner", "o", "--project", "p", "--stack", "s", "--z", "1", "--scale", "0", "--out", Path.GetTempPath()], output, error);

        Assert.Equal(1, exit);
        Assert.Contains("--scale must be above 0", error.ToString(), StringComparison.Ordinal);
    }

    private static async Task CreateStackAsync(Uri api)
    {
        using var http = new HttpClient { BaseAddress = api };
        const string stack = "owner/o/project/p/stack/s";
        (await http.PostAsync(stack, JsonContent.Create(new { stackResolutionX = 4.0, stackResolutionY = 4.0, stackResolutionZ = 35.0 }))).EnsureSuccessStatusCode();
        var tiles = JsonNode.Parse((await File.ReadAllTextAsync(Path.Combine(FixtureRoot, "stitch-test/16_bit_tiles.json")))
            .Replace("src/test/resources/", "file:" + FixtureRoot + "/", StringComparison.Ordinal))!.AsArray();
        var map = new JsonObject();
        foreach (var tile in tiles)
        {
            var spec = tile!.DeepClone().AsObject();
            (spec["z"], spec["width"], spec["height"]) = (1.0, 400.0, 400.0);
            map[(string)spec["tileId"]!] = spec;
        }

        var body = new JsonObject { ["transformIdToSpecMap"] = new JsonObject(), ["tileIdToSpecMap"] = map };
        (await http.PutAsync($"{stack}/resolvedTiles?deriveData=true", new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
    }

    private static ushort[] Pixels(byte[] png)
    {
        using var image = NetVips.Image.NewFromBuffer(png);
        return image.WriteToMemory<ushort>();
    }
}
