using Render.Server.Errors;
using Render.Server.Services;

namespace Render.Server.Tests.Services;

/// <summary>The limit on match trials run at once: slots up to the limit, a plain 503 beyond it, each slot given back once.</summary>
public sealed class MatchTrialGateTests
{
    [Fact]
    public void Enter_BeyondTheLimit_ThrowsRetryLaterUntilASlotIsGivenBack()
    {
        using var gate = new MatchTrialGate(new RenderServerOptions { MaxConcurrentTrials = 2 });
        var first = gate.Enter();
        using var second = gate.Enter();

        var refused = Assert.Throws<RetryLaterException>(gate.Enter);
        first.Dispose();
        first.Dispose();
        using var third = gate.Enter();

        Assert.Equal("the server is running 2 match trial(s), the most it runs at once; try again shortly", refused.Message);
        Assert.Throws<RetryLaterException>(gate.Enter);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_LimitBelowOne_Throws(int limit)
    {
        var error = Assert.Throws<ArgumentException>(() => new MatchTrialGate(new RenderServerOptions { MaxConcurrentTrials = limit }));

        Assert.Contains("at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_ByDefault_OneTrialPerProcessor() => Assert.Equal(Environment.ProcessorCount, new RenderServerOptions().MaxConcurrentTrials);
}
