using Render.Client.Tests.Harness;
using Render.Model.Json;

namespace Render.Client.Tests;

/// <summary>
/// Render parameters over real HTTP as render's section, box and matching clients read them: a
/// layer, a box, and a canvas URL template filled in (absolute or relative).
/// </summary>
public sealed class RenderParametersTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task GetLayerParametersAsync_AtAScale_CoversTheLayerWithItsTiles()
    {
        var stackId = await fixture.NewExample1StackAsync("layer");
        var bounds = await _client.Sections.GetBoundsAsync(stackId, 3407);

        var parameters = await _client.Rendering.GetLayerParametersAsync(stackId, 3407, new RenderQuery { Scale = 0.1 });

        Assert.Equal(0.1, parameters.Scale);
        Assert.Equal((bounds.MinX, bounds.MinY), (parameters.X, parameters.Y));
        Assert.Equal(4, parameters.TileSpecs!.Count);
    }

    [Fact]
    public async Task GetBoxParametersAsync_Box_IsTheBoxAtItsScale()
    {
        var stackId = await fixture.NewExample1StackAsync("box");
        var tile = await _client.Tiles.GetAsync(stackId, Fixtures.FirstTile);

        var parameters = await _client.Rendering.GetBoxParametersAsync(stackId, new RenderBox(3407, tile.MinX!.Value, tile.MinY!.Value, 500, 400, 0.25));

        Assert.Equal((tile.MinX, tile.MinY, 500, 400, 0.25), (parameters.X, parameters.Y, parameters.Width, parameters.Height, parameters.Scale));
        Assert.Contains(parameters.TileSpecs!, spec => spec.TileId == Fixtures.FirstTile);
    }

    [Fact]
    public async Task GetParametersAsync_FilledTilePairTemplate_IsTheTilesParameters()
    {
        var stackId = await fixture.NewExample1StackAsync("template");
        // render's TilePairClient template, as Render.Matching's RenderParametersUrlTemplate resolves it.
        var template = $"{{baseDataUrl}}/owner/{stackId.Owner}/project/{stackId.Project}/stack/{stackId.Stack}/tile/{{id}}/render-parameters?scale=0.4&excludeMask=true";
        var url = template.Replace("{baseDataUrl}", _client.Connection.BaseDataUrl, StringComparison.Ordinal).Replace("{id}", Fixtures.FirstTile, StringComparison.Ordinal);

        var fromUrl = await _client.Rendering.GetParametersAsync(new Uri(url));

        var expected = await _client.Rendering.GetTileParametersAsync(stackId, Fixtures.FirstTile, new RenderQuery { Scale = 0.4, ExcludeMask = true });
        Assert.Equal(RenderJson.Serialize(expected), RenderJson.Serialize(fromUrl));
        Assert.Equal(0.4, fromUrl.Scale);
    }

    [Fact]
    public async Task GetParametersAsync_RelativeUrl_IsReadUnderTheApiRoot()
    {
        var stackId = await fixture.NewExample1StackAsync("relative");

        var parameters = await _client.Rendering.GetParametersAsync(
            new Uri($"owner/{stackId.Owner}/project/{stackId.Project}/stack/{stackId.Stack}/tile/{Fixtures.FirstTile}/render-parameters?scale=0.5", UriKind.Relative));

        Assert.Equal(Fixtures.FirstTile, Assert.Single(parameters.TileSpecs!).TileId);
        Assert.Equal(0.5, parameters.Scale);
    }

    [Fact]
    public async Task GetParametersAsync_MissingTile_IsNotFound()
    {
        var stackId = await fixture.NewExample1StackAsync("missing");

        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Rendering.GetParametersAsync(
            new Uri($"owner/{stackId.Owner}/project/{stackId.Project}/stack/{stackId.Stack}/tile/no.such.tile/render-parameters", UriKind.Relative)));
    }

    [Fact]
    public async Task GetParametersAsync_FileUrl_IsRefusedBeforeAnyRequest()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _client.Rendering.GetParametersAsync(new Uri("file:///tmp/parameters.json")));

        Assert.Contains("http", error.Message, StringComparison.Ordinal);
    }
}
