using System.Net;
using Render.Server.Tests.Harness;

namespace Render.Server.Tests.Security;

/// <summary><c>serve --read-only</c> over real HTTP.</summary>
public sealed class ReadOnlyServiceTests(ReadOnlyServerFixture server) : IClassFixture<ReadOnlyServerFixture>
{
    private readonly RenderApi _api = new(server.Client);

    [Fact]
    public async Task Write_OnAReadOnlyService_Is403WithAPlainMessage()
    {
        var stack = RenderApi.NewStackPath(prefix: "ro");

        var message = await RenderApi.ExpectAsync(HttpStatusCode.Forbidden, _api.PostAsync(stack, "{}"));

        Assert.Equal("this render-ws is read-only: writes are refused", message);
        await RenderApi.ExpectAsync(HttpStatusCode.Forbidden, _api.DeleteAsync(stack));
    }

    [Fact]
    public async Task Reads_OnAReadOnlyService_Answer()
    {
        Assert.Equal("[]", await _api.GetTextAsync("owners"));

        // render-ws's PUT that only reads: a tile spec checked, nothing written.
        var (status, _) = await RenderApi.ReadAsync(_api.PutAsync("owner/o/validate-json/transform", """{"className":"mpicbg.trakem2.transform.AffineModel2D","dataString":"1 0 0 1 0 0"}"""));
        Assert.Equal(HttpStatusCode.OK, status);
    }
}
