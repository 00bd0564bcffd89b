using System.Net;
using Render.Client.Tests.Harness;
using Render.Model.Stacks;
using static Render.Client.Tests.Harness.ScriptedHandler;

namespace Render.Client.Tests;

/// <summary>Image and render-parameter requests go to render-ws's routes with render-python's query names.</summary>
public sealed class RenderingRequestTests
{
    private static readonly StackId StackId = new("o", "p", "s");

    [Fact]
    public async Task GetBoxImageAsync_Tiff16WithQuery_AsksForTheBoxRouteAndReturnsTheBytes()
    {
        var handler = new ScriptedHandler(() => new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent([1, 2, 3]) });
        using var client = new RenderClient(new RenderConnection("localhost", 8080), handler);

        var bytes = await client.Rendering.GetBoxImageAsync(
            StackId, new RenderBox(3407, 10, -20.5, 300, 200, 0.25), ImageFormat.Tiff16, new RenderQuery { MaxTileSpecsToRender = 50, Filter = false, Channels = "DAPI" });

        Assert.Equal([1, 2, 3], bytes);
        var (method, uri, _) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Get, method);
        Assert.Equal(
            "/render-ws/v1/owner/o/project/p/stack/s/z/3407.0/box/10.0,-20.5,300,200,0.25/tiff16-image?channels=DAPI&filter=false&maxTileSpecsToRender=50",
            uri.PathAndQuery);
    }

    [Theory]
    [InlineData(ImageFormat.Png, "png-image")]
    [InlineData(ImageFormat.Jpeg, "jpeg-image")]
    [InlineData(ImageFormat.Tiff, "tiff-image")]
    public async Task GetTileImageAsync_Format_AsksForItsSuffix(ImageFormat format, string suffix)
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.OK));
        using var client = new RenderClient(new RenderConnection("localhost", 8080), handler);

        await client.Rendering.GetTileImageAsync(StackId, "t.1", format, new RenderQuery { NormalizeForMatching = true });

        Assert.Equal($"/render-ws/v1/owner/o/project/p/stack/s/tile/t.1/{suffix}?normalizeForMatching=true", Assert.Single(handler.Requests).Uri.PathAndQuery);
    }

    [Fact]
    public async Task CloneAsync_OtherProjectAndLayers_SendsRepeatedZAndToProject()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.Created));
        using var client = new RenderClient(new RenderConnection("localhost", 8080), handler);

        await client.Stacks.CloneAsync(StackId, new StackId("o", "q", "t"), new CloneStackOptions(ZValues: [1, 2.5], SkipTransforms: true));

        var (method, uri, body) = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Put, method);
        Assert.Equal("/render-ws/v1/owner/o/project/p/stack/s/cloneTo/t?z=1.0&z=2.5&skipTransforms=true&toProject=q", uri.PathAndQuery);
        Assert.Equal("{}", body);
    }

    [Fact]
    public async Task GetParametersAsync_AbsoluteUrlOfAnotherServer_IsSentAsItIs()
    {
        var handler = new ScriptedHandler(Json("{\"x\":1.0,\"y\":2.0,\"width\":10,\"height\":20,\"scale\":0.5}"));
        using var client = new RenderClient(new RenderConnection("localhost", 8080), handler);
        var url = new Uri("http://render.example.org:9000/render-ws/v1/owner/o/project/p/stack/s/tile/t.1/render-parameters?scale=0.5");

        var parameters = await client.Rendering.GetParametersAsync(url);

        Assert.Equal(url, Assert.Single(handler.Requests).Uri);
        Assert.Equal((1.0, 2.0, 10, 20, 0.5), (parameters.X, parameters.Y, parameters.Width, parameters.Height, parameters.Scale));
    }
}
