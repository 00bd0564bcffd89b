using System.Net;
using System.Text;
using Render.Server.Tests.Faults;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Security;

/// <summary>
/// Bodies beyond <see cref="Http.RequestBody.StreamingThreshold"/> are parsed as they arrive, with
/// the same answers as read whole: here small imports padded with whitespace past the threshold.
/// </summary>
public sealed class LargeBodyTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task Import_BodyBeyondTheStreamingThreshold_IsStored()
    {
        var stack = RenderApi.NewStackPath(prefix: "large");
        await _api.CreateStackAsync(stack);

        await RenderApi.ExpectAsync(HttpStatusCode.Created, PutPaddedAsync($"{stack}/resolvedTiles", Batches.Layer(1, 10)));

        Assert.Equal(10, (await _api.GetJsonAsync($"{stack}/z/1/tileBounds")).AsArray().Count);
    }

    [Fact]
    public async Task Import_BadBodyBeyondTheStreamingThreshold_Is400WithAPlainMessage()
    {
        var collection = MatchApi.CollectionPath(MatchApi.NewOwner(), "large");

        var message = await RenderApi.ExpectAsync(HttpStatusCode.BadRequest, PutPaddedAsync($"{collection}/matches", """[{"pGroupId":"1","pId":"a","qGroupId":"2","qId":"b","matches":{"p":"x"}}]"""));

        Assert.StartsWith("invalid CanvasMatches array JSON", message, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", message, StringComparison.Ordinal);
    }

    /// <summary>PUT of <paramref name="json"/> after whitespace that takes it past the threshold.</summary>
    private Task<HttpResponseMessage> PutPaddedAsync(string path, string json)
    {
        var body = new byte[Http.RequestBody.StreamingThreshold + 1024 + Encoding.UTF8.GetByteCount(json)];
        Array.Fill(body, (byte)' ', 0, body.Length - Encoding.UTF8.GetByteCount(json));
        Encoding.UTF8.GetBytes(json, body.AsSpan(body.Length - Encoding.UTF8.GetByteCount(json)));
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return _api.Client.PutAsync(path, content);
    }
}
