using System.Net;

namespace Render.Client;

/// <summary>
/// When a failed attempt is tried again, and how long to wait first. Only failures that say
/// nothing about the request are retried (no connection, a gateway or overload answer), and only
/// for methods that render-ws implements idempotently: GET, PUT and DELETE. POST (stack version)
/// is never retried, nor is any answer from render-ws itself (400, 404, 409, 500), which would
/// only repeat.
/// </summary>
internal sealed class RetryPolicy(RenderClientOptions options)
{
    /// <summary>Whether another attempt of <paramref name="method"/> may follow attempt number <paramref name="attempt"/> (0-based).</summary>
    public bool CanRetry(HttpMethod method, int attempt) => attempt < options.MaxRetries && IsIdempotent(method);

    /// <summary>Whether a request of this method can be repeated without changing its effect.</summary>
    public static bool IsIdempotent(HttpMethod method) =>
        method == HttpMethod.Get || method == HttpMethod.Head || method == HttpMethod.Put || method == HttpMethod.Delete || method == HttpMethod.Options;

    /// <summary>Statuses from a proxy or an overloaded server, not a verdict on the request.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>
    /// The wait after attempt <paramref name="attempt"/>: the initial back-off doubled per attempt,
    /// capped, with "equal jitter" (half fixed, half random) so that many clients failing together
    /// do not retry together. A server's <c>Retry-After</c> is honoured up to the cap.
    /// </summary>
    public TimeSpan Backoff(int attempt, TimeSpan? retryAfter, double random)
    {
        var cap = options.MaxBackoff.TotalMilliseconds;
        var exponential = Math.Min(cap, options.InitialBackoff.TotalMilliseconds * Math.Pow(2, attempt));
        var jittered = (exponential / 2) + (exponential / 2 * random);
        var wanted = Math.Max(jittered, Math.Min(cap, retryAfter?.TotalMilliseconds ?? 0));
        return TimeSpan.FromMilliseconds(wanted);
    }

    /// <summary>Waits out the back-off after attempt <paramref name="attempt"/> on the configured clock.</summary>
    public Task WaitAsync(int attempt, TimeSpan? retryAfter, CancellationToken cancellationToken) =>
        Task.Delay(Backoff(attempt, retryAfter, Random.Shared.NextDouble()), options.TimeProvider, cancellationToken);
}
