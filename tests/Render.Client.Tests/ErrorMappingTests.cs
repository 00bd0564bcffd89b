using System.Net;
using Render.Client.Tests.Harness;
using Render.Model.Stacks;

namespace Render.Client.Tests;

/// <summary>render-ws's error answers become typed exceptions carrying the status, the request and the server's message.</summary>
public sealed class ErrorMappingTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task GetStackMetaData_MissingStack_ThrowsNotFoundWithTheServerMessage()
    {
        var stackId = fixture.NewStackId("missing");

        var error = await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Stacks.GetMetaDataAsync(stackId));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
        Assert.Equal(HttpMethod.Get, error.Method);
        Assert.EndsWith($"/stack/{stackId.Stack}", error.RequestUri.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal($"{stackId} does not exist", error.ServerMessage);
        Assert.Contains(error.ServerMessage!, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateStack_InvalidName_ThrowsBadRequestWithTheServerMessage()
    {
        var stackId = new StackId(ClientServerFixture.Owner, ClientServerFixture.Project, "not__valid");

        var error = await Assert.ThrowsAsync<RenderException>(() => _client.Stacks.CreateAsync(stackId, new StackVersion()));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.Equal(HttpMethod.Post, error.Method);
        Assert.Contains("may not contain consecutive underscores", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorldToLocal_NoTileAtThePoint_ThrowsBadRequest()
    {
        var stackId = fixture.NewStackId("empty");
        await _client.Stacks.CreateAsync(stackId, new StackVersion());

        var error = await Assert.ThrowsAsync<RenderException>(() => _client.Coordinates.WorldToLocalAsync(stackId, 1, 10, 10));

        Assert.Equal(HttpStatusCode.BadRequest, error.StatusCode);
        Assert.StartsWith("no tile specifications found", error.ServerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTileSpec_MissingTile_ThrowsNotFound()
    {
        var stackId = fixture.NewStackId("notile");
        await _client.Stacks.CreateAsync(stackId, new StackVersion());

        var error = await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Tiles.GetAsync(stackId, "no.such.tile"));

        Assert.Contains("no.such.tile", error.ServerMessage, StringComparison.Ordinal);
    }
}
