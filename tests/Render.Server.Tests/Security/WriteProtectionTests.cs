using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Security;

/// <summary>Issue 21's cross-site and token cases over real HTTP on loopback.</summary>
public sealed class WriteProtectionTests(SecuredServerFixture server) : IClassFixture<SecuredServerFixture>
{
    private const string Version = """{"stackResolutionX":4.0,"stackResolutionY":4.0,"stackResolutionZ":35.0}""";

    [Fact]
    public async Task Write_WithoutToken_Is401WithAPlainMessage()
    {
        using var response = await SendAsync(HttpMethod.Post, RenderApi.NewStackPath(prefix: "sec"), Version, token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Contains("write token", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_WithWrongToken_Is401()
    {
        using var response = await SendAsync(HttpMethod.Post, RenderApi.NewStackPath(prefix: "sec"), Version, token: "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Write_WithTokenAndNoOrigin_AsRenderPythonSendsIt_IsCreated()
    {
        using var response = await SendAsync(HttpMethod.Post, RenderApi.NewStackPath(prefix: "sec"), Version, SecuredServerFixture.Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Origin", "null")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    public async Task Write_FromAPageOfAnotherSite_Is403_AndChangesNothing(string header, string value)
    {
        var stack = RenderApi.NewStackPath(prefix: "sec");

        using var response = await SendAsync(HttpMethod.Post, stack, Version, SecuredServerFixture.Token, (header, value));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("another site", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync(stack)).StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    public async Task Write_WithAFormContentType_Is403(string contentType)
    {
        using var response = await SendAsync(HttpMethod.Post, RenderApi.NewStackPath(prefix: "sec"), Version, SecuredServerFixture.Token, contentType: contentType);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("must send its body as application/json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_FromTheAllowedOriginOrTheServiceItself_IsCreated()
    {
        var own = server.ApiBase.GetLeftPart(UriPartial.Authority);
        using var fromViewer = await SendAsync(HttpMethod.Post, RenderApi.NewStackPath(prefix: "sec"), Version, SecuredServerFixture.Token, ("Origin", SecuredServerFixture.AllowedOrigin));
        using var fromDashboard = await SendAsync(HttpMethod.Post, RenderApi.NewStackPath(prefix: "sec"), Version, SecuredServerFixture.Token, ("Origin", own));

        Assert.Equal(HttpStatusCode.Created, fromViewer.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fromDashboard.StatusCode);
    }

    [Fact]
    public async Task Read_FromAnyOrigin_IsAllowedByCors()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "owners");
        request.Headers.Add("Origin", "https://evil.example");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("https://evil.example", false)]
    [InlineData(SecuredServerFixture.AllowedOrigin, true)]
    public async Task Preflight_ForAPut_AllowsOnlyTheNamedOrigins(string origin, bool allowed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, RenderApi.NewStackPath(prefix: "sec") + "/state/OFFLINE");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");

        using var response = await server.Client.SendAsync(request);

        var methods = response.Headers.TryGetValues("Access-Control-Allow-Methods", out var values) ? string.Join(',', values) : string.Empty;
        Assert.Equal(allowed, methods.Contains("PUT", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Write_BodyOverTheLimit_Is413WithAPlainMessage()
    {
        var stack = RenderApi.NewStackPath(prefix: "sec");
        var body = "{\"tileIdToSpecMap\":{\"a\":{\"tileId\":\"a\",\"groupId\":\"" + new string('g', 100 * 1024) + "\"}}}";

        using var response = await SendAsync(HttpMethod.Put, $"{stack}/resolvedTiles", body, SecuredServerFixture.Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain("System.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_IdOverTheConfiguredLimit_Is400()
    {
        var stack = RenderApi.NewStackPath(prefix: "sec");
        (await SendAsync(HttpMethod.Post, stack, Version, SecuredServerFixture.Token)).Dispose();
        var id = new string('t', 60);

        using var response = await SendAsync(
            HttpMethod.Put, $"{stack}/resolvedTiles", "{\"tileIdToSpecMap\":{\"" + id + "\":{\"tileId\":\"" + id + "\",\"z\":1}}}", SecuredServerFixture.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("the limit is 50", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendAsync(
        HttpMethod method, string path, string body, string? token, (string Name, string Value)? header = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (header is { } extra)
        {
            request.Headers.Add(extra.Name, extra.Value);
        }

        return await server.Client.SendAsync(request);
    }
}
