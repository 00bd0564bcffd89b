using System.Net;

namespace Render.Client.Tests.Harness;

/// <summary>
/// A fake transport that answers each request with the next scripted outcome (a status, or an
/// exception as a dropped connection gives) and records what was asked.
/// </summary>
internal sealed class ScriptedHandler(params Func<HttpResponseMessage>[] outcomes) : HttpMessageHandler
{
    private int _next;

    public List<(HttpMethod Method, Uri Uri, string? Body)> Requests { get; } = [];

    public static Func<HttpResponseMessage> Status(HttpStatusCode status, string body = "") =>
        () => new HttpResponseMessage(status) { Content = new StringContent(body) };

    public static Func<HttpResponseMessage> Json(string json) =>
        () => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };

    public static Func<HttpResponseMessage> Refused() => () => throw new HttpRequestException("Connection refused");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, request.RequestUri!, body));
        var outcome = outcomes[Math.Min(_next++, outcomes.Length - 1)];
        return outcome();
    }
}
