using System.Net;
using System.Net.Http.Headers;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Contract;

/// <summary>ETags on stack-scoped reads: 304 while the stack is unchanged, a new tag after any write.</summary>
public abstract class ConditionalGetContract(ServerFixture server)
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task RepeatedGet_WithTheETag_Gives304_UntilTheStackChanges()
    {
        var stack = await _api.CreateExample1StackAsync(complete: false);
        using var first = await _api.GetAsync($"{stack}/z/3407/tile-specs");
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var unchanged = await SendAsync($"{stack}/z/3407/tile-specs", etag!);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());

        await RenderApi.ExpectAsync(HttpStatusCode.OK, _api.DeleteAsync($"{stack}/z/3408"));
        using var changed = await SendAsync($"{stack}/z/3407/tile-specs", etag!);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
    }

    [Fact]
    public async Task Errors_CarryNoETag()
    {
        var stack = await _api.CreateExample1StackAsync(complete: false);

        using var response = await _api.GetAsync($"{stack}/tile/no-such-tile");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApiDescription_ListsTheApi()
    {
        var document = await server.Client.GetStringAsync(new Uri(server.ApiBase, "../openapi/v1.json"));

        Assert.Contains("\"openapi\"", document, StringComparison.Ordinal);
        Assert.Contains("/render-ws/v1/owner/{owner}/project/{project}/stack/{stack}/resolvedTiles", document, StringComparison.Ordinal);
        Assert.Contains("world-to-local-coordinates", document, StringComparison.Ordinal);
    }

    private Task<HttpResponseMessage> SendAsync(string path, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        return server.Client.SendAsync(request);
    }
}

public sealed class ConditionalGetSqliteTests(SqliteServerFixture server) : ConditionalGetContract(server), IClassFixture<SqliteServerFixture>;
public sealed class ConditionalGetPostgresTests(PostgresServerFixture server) : ConditionalGetContract(server), IClassFixture<PostgresServerFixture>;
