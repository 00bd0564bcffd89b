namespace Render.Client;

/// <summary>
/// How a <see cref="RenderClient"/> waits and retries. Immutable; the defaults suit a render-ws on
/// the same network.
/// </summary>
public sealed record RenderClientOptions
{
    /// <summary>How long one attempt may wait for the answer's headers. Bodies are then read as they
    /// arrive (answers are streamed), limited only by the caller's cancellation token.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>How many times a transient failure is retried (0 turns retries off).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The wait before the first retry; each further retry doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan InitialBackoff { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a pooled connection lives before it is replaced, so that DNS changes are seen.</summary>
    public TimeSpan PooledConnectionLifetime { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The variable <see cref="WriteToken"/> is read from by default.</summary>
    public const string WriteTokenVariable = "RENDER_WRITE_TOKEN";

    /// <summary>
    /// The token a service started with <c>--write-token</c> wants for writes, sent as
    /// <c>Authorization: Bearer ...</c>; by default the value of <c>RENDER_WRITE_TOKEN</c>, so that
    /// every tool built on the client passes it without an option of its own. Null sends none.
    /// </summary>
    public string? WriteToken { get; init; } = Environment.GetEnvironmentVariable(WriteTokenVariable) is { Length: > 0 } token ? token.Trim() : null;

    /// <summary>The clock the back-off waits on (tests replace it to see the waits without sleeping).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
