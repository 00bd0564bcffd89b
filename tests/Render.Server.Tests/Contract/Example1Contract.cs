using System.Net;
using System.Text.Json.Nodes;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>render's example_1 workflow over HTTP: import with deriveData, complete, bounds, layers, world points.</summary>
public abstract class Example1Contract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task ImportWithDeriveData_Complete_GivesReferenceBoundsAndLayers()
    {
        var stack = await _api.CreateExample1StackAsync();

        var bounds = await _api.GetJsonAsync($"{stack}/bounds");
        Assert.Equal([149.0, 130.0, 3407.0, 5103.0, 5386.0, 3408.0],
            new[] { "minX", "minY", "minZ", "maxX", "maxY", "maxZ" }.Select(key => (double)bounds[key]!));
        Assert.Equal([3407.0, 3408.0], (await _api.GetJsonAsync($"{stack}/zValues/")).AsArray().Select(z => (double)z!));
        var meta = await _api.GetJsonAsync(stack);
        Assert.Equal("COMPLETE", (string)meta["state"]!);
        Assert.Equal(8, (long)meta["stats"]!["tileCount"]!);
        Assert.Equal(4, (await _api.GetJsonAsync($"{stack}/z/3407.000000/tileBounds")).AsArray().Count);
    }

    [Fact]
    public async Task WorldToLocalBatch_MapsThreePoints_AndReportsOneError()
    {
        var stack = await _api.CreateExample1StackAsync();

        var mapped = (await RenderApi.ReadAsync(_api.PutAsync(
            $"{stack}/z/3407/world-to-local-coordinates", Fixtures.Read("example_1/v1_acquire_s3407_world_points.json")))).Body;
        var results = JsonNode.Parse(mapped)!.AsArray();

        Assert.Equal(4, results.Count);
        Assert.All(results.Take(3), list => Assert.Contains(list!.AsArray(), item => item!["visible"] is not null && item["error"] is null));
        var error = Assert.Single(results[3]!.AsArray())!;
        Assert.Contains("no tile specifications found", (string)error["error"]!, StringComparison.Ordinal);
        Assert.Equal([7777.0, 8888.0], error["world"]!.AsArray().Select(v => (double)v!));
    }

    [Fact]
    public async Task WorldToLocalToWorld_RoundTripsVisiblePoints()
    {
        var stack = await _api.CreateExample1StackAsync();
        var local = await _api.GetJsonAsync($"{stack}/z/3407/world-to-local-coordinates/2300.0,2300.0");
        var visible = local.AsArray().Single(item => item!["visible"] is not null)!;
        var tileId = (string)visible["tileId"]!;
        var lx = (double)visible["local"]![0]!;
        var ly = (double)visible["local"]![1]!;

        var world = await _api.GetJsonAsync($"{stack}/tile/{tileId}/local-to-world-coordinates/{lx},{ly}");

        Assert.Equal(2300.0, (double)world["world"]![0]!, 0.5);
        Assert.Equal(2300.0, (double)world["world"]![1]!, 0.5);
        Assert.Equal(3407.0, (double)world["world"]![2]!);
    }

    [Fact]
    public async Task LoadingStack_HasNoBoundsYet()
    {
        var stack = await _api.CreateExample1StackAsync(complete: false);

        var body = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.GetAsync($"{stack}/bounds"));

        Assert.StartsWith("Stats for stack with owner", body, StringComparison.Ordinal);
    }
}

public sealed class Example1SqliteTests(SqliteServerFixture server) : Example1Contract(server), IClassFixture<SqliteServerFixture>;
public sealed class Example1PostgresTests(PostgresServerFixture server) : Example1Contract(server), IClassFixture<PostgresServerFixture>;
