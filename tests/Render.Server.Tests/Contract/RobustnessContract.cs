using System.Net;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>Absurd values give a clear 4xx or an empty answer, never a 500.</summary>
public abstract class RobustnessContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Theory]
    [InlineData("1e300", "10", "64")]
    [InlineData("-5", "10", "64")]
    [InlineData("10", "10", "0")]
    public async Task DeriveData_WithAbsurdSizes_Is400_AndWritesNothing(string width, string height, string meshCellSize)
    {
        var stack = RenderApi.NewStackPath(prefix: "absurd");
        await _api.CreateStackAsync(stack);
        var tile = $$"""{"tileId":"a","z":1,"width":{{width}},"height":{{height}},"meshCellSize":{{meshCellSize}}}""";
        var body = "{\"tileIdToSpecMap\":{\"a\":" + tile + "}}";

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/resolvedTiles?deriveData=true", body));

        Assert.Contains("invalid width, height or meshCellSize", message, StringComparison.Ordinal);
        Assert.Equal("[]", await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.GetAsync($"{stack}/tileIds")));
    }

    [Fact]
    public async Task Import_ChunkedBodyWithoutLength_IsReadWhole()
    {
        // No Content-Length: the body is read in growing pooled buffers, well past the first 64 KiB.
        var owner = MatchApi.NewOwner();
        var collection = MatchApi.CollectionPath(owner, "chunked");
        var pairs = Enumerable.Range(0, 400).Select(i => MatchApi.Pair("g1", $"p{i:D4}", "g2", $"q{i:D4}", count: 50, offset: i)).ToArray();
        var json = System.Text.Encoding.UTF8.GetBytes(MatchApi.Array(pairs));
        using var content = new StreamContent(new MemoryStream(json));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{collection}/matches") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        await RenderApi.ExpectAsync(HttpStatusCode.Created, _api.Client.SendAsync(request));

        Assert.True(json.Length > 4 * 64 * 1024, $"the body is only {json.Length} bytes");
        Assert.Equal(400, await _api.PairCountAsync(owner, "chunked"));
        var last = (await _api.GetArrayAsync($"{collection}/group/g1/id/p0399/matchesWith/g2/id/q0399")).Single()!;
        Assert.Equal(50, last["matches"]!["w"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("z/NaN/tile-specs")]
    [InlineData("z/NaN/tileBounds")]
    [InlineData("zValues?minZ=NaN")]
    [InlineData("z/Infinity/bounds")]
    [InlineData("z/NaN/box/0,0,10,10,1.0/render-parameters")]
    public async Task NonFiniteNumbers_AreAnsweredWithoutAServerError(string path)
    {
        var stack = await _api.CreateExample1StackAsync();

        var (status, body) = await RenderApi.ReadAsync(_api.GetAsync($"{stack}/{path}"));

        Assert.True((int)status < 500, $"{path}: {(int)status} {body}");
    }

    [Fact]
    public async Task SectionZ_PutsANumberBody_AndRefusesText()
    {
        var stack = await _api.CreateExample1StackAsync(complete: false);

        var refused = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, _api.PutAsync($"{stack}/section/3407.0/z", "abc"));
        await RenderApi.ExpectAsync(HttpStatusCode.Created, _api.PutAsync($"{stack}/section/3407.0/z", "3500.5"));

        Assert.Contains("'abc'", refused, StringComparison.Ordinal);
        Assert.Equal(3500.5, (double)await _api.GetJsonAsync($"{stack}/section/3407.0/z"));
        Assert.Equal([3408.0, 3500.5], (await _api.GetJsonAsync($"{stack}/zValues")).AsArray().Select(z => (double)z!));
    }
}

public sealed class RobustnessSqliteTests(SqliteServerFixture server) : RobustnessContract(server), IClassFixture<SqliteServerFixture>;
public sealed class RobustnessPostgresTests(PostgresServerFixture server) : RobustnessContract(server), IClassFixture<PostgresServerFixture>;
