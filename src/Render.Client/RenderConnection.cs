using System.Globalization;

namespace Render.Client;

/// <summary>
/// Where render-ws runs and the owner and project used when a call names none: render-python's
/// <c>Render</c> object. Immutable; <see cref="FromEnvironment()"/> fills it from the variables
/// render-python reads, and never prompts (render-python asks on the terminal; a library cannot).
/// </summary>
/// <param name="Host">The host, with or without a scheme (<c>localhost</c> or <c>http://localhost</c>);
/// <c>http://</c> is assumed when there is none, as render-python's <c>force_http</c> does.</param>
/// <param name="Port">The port, or null for the scheme's default.</param>
/// <param name="Owner">The default owner of stacks and match collections.</param>
/// <param name="Project">The default project of stacks.</param>
/// <param name="ClientScripts">The folder of render's Java client scripts, if any (kept for callers
/// that launch them; the REST client does not use it).</param>
/// <param name="MemGb">The Java heap for those scripts, such as <c>1G</c>, if any.</param>
public sealed record RenderConnection(
    string Host,
    int? Port,
    string? Owner = null,
    string? Project = null,
    string? ClientScripts = null,
    string? MemGb = null)
{
    /// <summary>The path of the API under the server root.</summary>
    public const string ApiPath = "render-ws/v1";

    /// <summary>
    /// The API root, <c>{host}:{port}/render-ws/v1/</c> (with a trailing slash so that relative
    /// paths resolve under it).
    /// </summary>
    public Uri ApiBase
    {
        get
        {
            var host = Host.Contains("://", StringComparison.Ordinal) ? Host : "http://" + Host;
            var builder = new UriBuilder(host.TrimEnd('/')) { Path = ApiPath + "/" };
            if (Port is { } port)
            {
                builder.Port = port;
            }

            return builder.Uri;
        }
    }

    /// <summary>
    /// The API root as render's Java clients take it (<c>--baseDataUrl</c>) and as render's URL
    /// templates spell it: <c>http://host:port/render-ws/v1</c>, without the trailing slash.
    /// </summary>
    public string BaseDataUrl => ApiBase.ToString().TrimEnd('/');

    /// <summary>
    /// A connection from the process environment: <c>RENDER_HOST</c>, <c>RENDER_PORT</c>,
    /// <c>RENDER_OWNER</c>, <c>RENDER_PROJECT</c>, <c>RENDER_CLIENT_SCRIPTS</c> and
    /// <c>RENDER_CLIENT_HEAP</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No host is set, or the port is not a number.</exception>
    public static RenderConnection FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariable);

    /// <summary>
    /// A connection from <paramref name="variables"/> (a lookup such as
    /// <see cref="Environment.GetEnvironmentVariable(string)"/>). Each value is read from its
    /// <c>RENDER_*</c> name, else from the <c>DEFAULT_RENDER_*</c> name that render-python's guide
    /// documents (wrongly, but users set them), so the current names win.
    /// </summary>
    /// <exception cref="InvalidOperationException">No host is set, or the port is not a number.</exception>
    public static RenderConnection FromEnvironment(Func<string, string?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        string? Read(string name) => NonEmpty(variables("RENDER_" + name)) ?? NonEmpty(variables("DEFAULT_RENDER_" + name));

        var host = Read("HOST") ?? throw new InvalidOperationException("no render host: set RENDER_HOST (or DEFAULT_RENDER_HOST)");
        var portText = Read("PORT");
        int? port = null;
        if (portText is not null)
        {
            port = int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed is > 0 and <= 65535
                ? parsed
                : throw new InvalidOperationException($"the render port must be a number from 1 to 65535, not '{portText}'");
        }

        return new RenderConnection(host, port, Read("OWNER"), Read("PROJECT"), Read("CLIENT_SCRIPTS"), Read("CLIENT_HEAP"));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
