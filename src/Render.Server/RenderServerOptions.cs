namespace Render.Server;

/// <summary>How <c>render serve</c> runs: where it listens and which store it uses.</summary>
public sealed record RenderServerOptions
{
    /// <summary>The default port (render-ws's Jetty default).</summary>
    public const int DefaultPort = 8080;

    /// <summary>The default embedded data folder.</summary>
    public const string DefaultDataDirectory = "./render-data";

    /// <summary>The default of <see cref="MaxRequestBodySize"/>: an import of 100,000 tiles is about 300 MB.</summary>
    public const long DefaultMaxRequestBodySize = 1L << 30;

    /// <summary>The address to listen on; loopback unless told otherwise.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>The TCP port; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    /// <summary>The embedded store's folder (created on first run).</summary>
    public string DataDirectory { get; init; } = DefaultDataDirectory;

    /// <summary>A PostgreSQL connection string; when set, the embedded store is not used.</summary>
    public string? DatabaseConnectionString { get; init; }

    /// <summary>Folders the renderer may read images from.</summary>
    public IReadOnlyList<string> ImageRoots { get; init; } = [];

    /// <summary>Refuse every write (403): a service for viewers only.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>When set, writes need <c>Authorization: Bearer</c> with this token (401 without it).</summary>
    public string? WriteToken { get; init; }

    /// <summary>Web origins (<c>https://viewer.lab.org</c>) whose pages may write; any page may read.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>The limits request bodies are checked against.</summary>
    public Render.Model.Limits.InputLimits Limits { get; init; } = Render.Model.Limits.InputLimits.Default;

    /// <summary>The largest request body in bytes (413 beyond); null for no limit. 1 GiB by default.</summary>
    public long? MaxRequestBodySize { get; init; } = DefaultMaxRequestBodySize;

    /// <summary>
    /// Match trials run at once (each renders two canvases and runs SIFT, seconds of CPU); beyond
    /// it a trial is answered 503 with Retry-After. One per processor by default.
    /// </summary>
    public int MaxConcurrentTrials { get; init; } = Environment.ProcessorCount;

    /// <summary>The least severe log messages written to the console.</summary>
    public Microsoft.Extensions.Logging.LogLevel LogLevel { get; init; } = Microsoft.Extensions.Logging.LogLevel.Information;

    /// <summary>The effective settings as render's serverProperties reports them.</summary>
    public Dictionary<string, string> Describe()
    {
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = Host,
            ["port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["store"] = DatabaseConnectionString is null ? "sqlite" : "postgresql",
            ["dataDirectory"] = Path.GetFullPath(DataDirectory),
            ["imageRoots"] = string.Join(Path.PathSeparator, ImageRoots),
            ["readOnly"] = ReadOnly ? "true" : "false",
            ["writeToken"] = WriteToken is null ? "not set" : "set",
            ["allowedOrigins"] = string.Join(' ', AllowedOrigins),
            ["maxConcurrentTrials"] = MaxConcurrentTrials.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return new Dictionary<string, string>(properties, StringComparer.Ordinal);
    }
}
