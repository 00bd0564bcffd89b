using Render.Model.Rendering;

namespace Render.Matching.Pipeline;

/// <summary>
/// Fetches the canvases' render parameters ahead of the workers, in the order the pairs first
/// need them, a bounded number ahead: over HTTP each fetch is a round trip to the service that a
/// worker would otherwise wait for with its core idle (the render stage of 24 montage pairs through
/// the CLI spent about 0.3 s of its 2.6 s there). Parameters are handed out once; a canvas made
/// again later (its features dropped from the cache) fetches them again itself.
/// </summary>
internal sealed class ParameterPrefetch : IDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Task<RenderParameters>> _fetched = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _window;
    private readonly CancellationTokenSource _stop;
    private readonly Task _loop;

    /// <summary>Starts fetching <paramref name="canvases"/> in order, at most <paramref name="ahead"/> not yet taken.</summary>
    public ParameterPrefetch(IReadOnlyList<CanvasRequest> canvases, int ahead, CancellationToken cancellationToken)
    {
        _window = new SemaphoreSlim(Math.Max(1, ahead));
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _loop = Task.Run(() => FetchAllAsync(canvases, _stop.Token), CancellationToken.None);
    }

    /// <summary>The parameters of <paramref name="request"/>: the prefetched ones once, else fetched now.</summary>
    public async ValueTask<RenderParameters> TakeAsync(CanvasRequest request, CancellationToken cancellationToken)
    {
        Task<RenderParameters>? fetched;
        lock (_lock)
        {
            if (_fetched.Remove(request.Key, out fetched))
            {
                _window.Release();
            }

            _taken.Add(request.Key);
        }

        return fetched is not null
            ? await fetched.WaitAsync(cancellationToken).ConfigureAwait(false)
            : await request.LoadParameters(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stops fetching; what was fetched and not taken is dropped.</summary>
    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for room in the window: the expected end.
        }

        lock (_lock)
        {
            foreach (var task in _fetched.Values)
            {
                // Observed, so that a failed fetch nobody took is not reported as unobserved.
                _ = task.ContinueWith(static t => t.Exception, TaskScheduler.Default);
            }

            _fetched.Clear();
        }

        _stop.Dispose();
        _window.Dispose();
    }

    private async Task FetchAllAsync(IReadOnlyList<CanvasRequest> canvases, CancellationToken cancellationToken)
    {
        foreach (var canvas in canvases)
        {
            await _window.WaitAsync(cancellationToken).ConfigureAwait(false);
            lock (_lock)
            {
                // A worker that got there first fetched them itself.
                if (_taken.Contains(canvas.Key) || _fetched.ContainsKey(canvas.Key))
                {
                    _window.Release();
                    continue;
                }

                _fetched[canvas.Key] = Task.Run(async () => await canvas.LoadParameters(cancellationToken).ConfigureAwait(false), cancellationToken);
            }
        }
    }
}
