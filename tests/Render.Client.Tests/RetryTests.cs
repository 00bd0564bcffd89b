using System.Net;
using Render.Client.Tests.Harness;
using Render.Model.Stacks;
using static Render.Client.Tests.Harness.ScriptedHandler;

namespace Render.Client.Tests;

/// <summary>Retries happen on transient failures of idempotent requests only, with growing waits.</summary>
public sealed class RetryTests
{
    private static readonly StackId StackId = new("o", "p", "s");

    private readonly RecordingTimeProvider _clock = new();

    [Fact]
    public async Task Get_ServiceUnavailableThenOk_RetriesAndReturnsTheAnswer()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.BadGateway), Json("[3407.0]"));
        using var client = ClientOf(handler);

        var zValues = await client.Sections.GetZValuesAsync(StackId);

        Assert.Equal([3407.0], zValues);
        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal(2, _clock.Waits.Count);
        Assert.InRange(_clock.Waits[0], TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100));
        Assert.InRange(_clock.Waits[1], TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(200));
    }

    [Fact]
    public async Task Delete_ConnectionRefusedThenOk_Retries()
    {
        var handler = new ScriptedHandler(Refused(), Status(HttpStatusCode.OK));
        using var client = ClientOf(handler);

        await client.Stacks.DeleteAsync(StackId);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Put_TooManyRequestsThenCreated_RetriesWithTheSameBody()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.TooManyRequests), Status(HttpStatusCode.Created));
        using var client = ClientOf(handler);

        await client.Stacks.RenameAsync(StackId, StackId with { Stack = "t" });

        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(handler.Requests[0].Body, handler.Requests[1].Body);
        Assert.Contains("\"stack\":\"t\"", handler.Requests[1].Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task Get_ErrorFromTheService_IsNotRetried(HttpStatusCode status)
    {
        var handler = new ScriptedHandler(Status(status, "the reason"), Json("[]"));
        using var client = ClientOf(handler);

        var error = await Assert.ThrowsAsync<RenderException>(() => client.Sections.GetZValuesAsync(StackId));

        Assert.Equal(status, error.StatusCode);
        Assert.Equal("the reason", error.ServerMessage);
        Assert.Single(handler.Requests);
        Assert.Empty(_clock.Waits);
    }

    [Fact]
    public async Task Post_ServiceUnavailable_IsNotRetried()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable), Status(HttpStatusCode.Created));
        using var client = ClientOf(handler);

        var error = await Assert.ThrowsAsync<RenderException>(() => client.Stacks.CreateAsync(StackId, new StackVersion()));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Post_ConnectionRefused_IsNotRetried()
    {
        var handler = new ScriptedHandler(Refused(), Status(HttpStatusCode.Created));
        using var client = ClientOf(handler);

        var error = await Assert.ThrowsAsync<RenderException>(() => client.Stacks.CreateAsync(StackId, new StackVersion()));

        Assert.Null(error.StatusCode);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Get_AlwaysUnavailable_GivesUpAfterMaxRetries()
    {
        var handler = new ScriptedHandler(Status(HttpStatusCode.ServiceUnavailable));
        using var client = ClientOf(handler);

        var error = await Assert.ThrowsAsync<RenderException>(() => client.Stacks.GetOwnersAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(4, handler.Requests.Count);
    }

    [Theory]
    [InlineData(0, 0.0, 50)]
    [InlineData(0, 1.0, 100)]
    [InlineData(3, 0.0, 400)]
    [InlineData(10, 1.0, 1000)]
    public void Backoff_AttemptAndJitter_DoublesPerAttemptUpToTheCap(int attempt, double random, double expectedMs)
    {
        var policy = new RetryPolicy(new RenderClientOptions { InitialBackoff = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromSeconds(1) });

        Assert.Equal(expectedMs, policy.Backoff(attempt, null, random).TotalMilliseconds, 6);
    }

    [Fact]
    public void Backoff_RetryAfterLongerThanTheBackoff_WaitsForRetryAfterUpToTheCap()
    {
        var policy = new RetryPolicy(new RenderClientOptions { InitialBackoff = TimeSpan.FromMilliseconds(100), MaxBackoff = TimeSpan.FromSeconds(1) });

        Assert.Equal(TimeSpan.FromMilliseconds(700), policy.Backoff(0, TimeSpan.FromMilliseconds(700), 0));
        Assert.Equal(TimeSpan.FromSeconds(1), policy.Backoff(0, TimeSpan.FromMinutes(1), 0));
    }

    private RenderClient ClientOf(ScriptedHandler handler) => new(
        new RenderConnection("localhost", 8080, "o", "p"),
        handler,
        new RenderClientOptions { MaxRetries = 3, InitialBackoff = TimeSpan.FromMilliseconds(100), TimeProvider = _clock });
}
