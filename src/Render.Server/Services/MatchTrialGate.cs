using Render.Server.Errors;

namespace Render.Server.Services;

/// <summary>
/// At most <see cref="RenderServerOptions.MaxConcurrentTrials"/> match trials run at once: a trial
/// holds the CPU for seconds, so a burst of them (a page's button pressed repeatedly, a script
/// tuning parameters in a loop) must not starve the server's other requests. A trial beyond the
/// limit is not queued but answered 503 with Retry-After, which clients retry.
/// </summary>
internal sealed class MatchTrialGate : IDisposable
{
    private readonly SemaphoreSlim _slots;

    /// <exception cref="ArgumentException">The limit is below 1.</exception>
    public MatchTrialGate(RenderServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Limit = options.MaxConcurrentTrials >= 1
            ? options.MaxConcurrentTrials
            : throw new ArgumentException($"the most match trials run at once must be at least 1, not {options.MaxConcurrentTrials}");
        _slots = new SemaphoreSlim(Limit, Limit);
    }

    /// <summary>The most trials run at once.</summary>
    public int Limit { get; }

    /// <summary>A slot for one trial, given back when disposed.</summary>
    /// <exception cref="RetryLaterException">Every slot is taken.</exception>
    public IDisposable Enter() =>
        _slots.Wait(0)
            ? new Slot(_slots)
            : throw new RetryLaterException($"the server is running {Limit} match trial(s), the most it runs at once; try again shortly");

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
