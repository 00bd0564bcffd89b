using System.Text.Json;
using Render.Client.Tests.Harness;

namespace Render.Client.Tests;

/// <summary>The match trial methods over real HTTP: they reach render's matchTrial routes and map their answers.</summary>
public sealed class MatchTrialTests(ClientServerFixture fixture) : IClassFixture<ClientServerFixture>
{
    private readonly RenderClient _client = fixture.Client;

    [Fact]
    public async Task RunTrialAsync_NoFeatureParameters_ThrowsWithTheServersMessage()
    {
        using var parameters = JsonDocument.Parse("""{"pRenderParametersUrl":"x","qRenderParametersUrl":"y"}""");

        var error = await Assert.ThrowsAsync<RenderException>(() => _client.Matches.RunTrialAsync(parameters.RootElement));

        Assert.Contains("featureAndMatchParameters are not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTrialAsync_Unknown_IsNotFound()
    {
        await Assert.ThrowsAsync<RenderNotFoundException>(() => _client.Matches.GetTrialAsync("0123456789abcdef01234567"));
    }

    [Fact]
    public async Task DeleteTrialAsync_Unknown_Succeeds()
    {
        await _client.Matches.DeleteTrialAsync("0123456789abcdef01234567");
    }
}
