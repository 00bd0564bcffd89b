using System.Net;
using System.Net.Http.Headers;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Endpoints;

/// <summary>
/// The dashboard's static files over HTTP: content types, the index for the folder, redirects to it,
/// 404 for what does not ship, and revalidation with ETags. The browser tests (Render.Dashboard.Tests)
/// check what the pages show.
/// </summary>
public sealed class DashboardEndpointsTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>, IDisposable
{
    private readonly HttpClient _noRedirects = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.ApiBase };

    public void Dispose() => _noRedirects.Dispose();

    [Fact]
    public async Task ViewFolder_AnswersTheIndexPage()
    {
        using var response = await server.Client.GetAsync("/render-ws/view/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains("<title>render dashboard</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stacks.html", "text/html; charset=utf-8")]
    [InlineData("js/api.js", "text/javascript; charset=utf-8")]
    [InlineData("css/dashboard.css", "text/css; charset=utf-8")]
    public async Task File_HasItsContentTypeAndRevalidationHeaders(string path, string contentType)
    {
        using var response = await server.Client.GetAsync($"/render-ws/view/{path}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.NotNull(response.Headers.ETag);
        Assert.True(response.Headers.CacheControl?.NoCache, "Cache-Control: no-cache");
    }

    [Fact]
    public async Task File_WithItsETag_Answers304()
    {
        using var first = await server.Client.GetAsync("/render-ws/view/js/ui.js");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/render-ws/view/js/ui.js");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var second = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_AnswersHeadersWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/render-ws/view/index.html");

        using var response = await server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 0);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("no-such-page.html")]
    [InlineData("js/")]
    [InlineData("JS/API.JS")]
    public async Task UnknownFile_Is404WithAPlainMessage(string path)
    {
        var (status, body) = await RenderApi.ReadAsync(server.Client.GetAsync($"/render-ws/view/{path}"));

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("the dashboard has no file", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "/render-ws/view/")]
    [InlineData("/render-ws", "/render-ws/view/")]
    [InlineData("/render-ws/", "/render-ws/view/")]
    [InlineData("/render-ws/view", "/render-ws/view/")]
    [InlineData("/render-ws/view?owner=o", "/render-ws/view/?owner=o")]
    public async Task Roots_RedirectToTheDashboard(string path, string location)
    {
        using var response = await _noRedirects.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ApiDescription_LeavesTheDashboardOut()
    {
        var description = await new RenderApi(server.Client).GetTextAsync("/render-ws/openapi/v1.json");

        Assert.DoesNotContain("/render-ws/view", description, StringComparison.Ordinal);
        Assert.Contains("/render-ws/v1/owners", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_IsUnchangedByTheDashboardRoutes()
    {
        using var response = await server.Client.GetAsync("owners");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new MediaTypeHeaderValue("application/json"), response.Content.Headers.ContentType);
    }
}
