namespace Render.Server;

/// <summary>How <c>render serve</c> runs: where it listens and which store it uses.</summary>
public sealed record RenderServerOptions
{
    /// <summary>The default port (render-ws's Jetty default).</summary>
    public const int DefaultPort = 8080;

    /// <summary>The default embedded data folder.</summary>
    public const string DefaultDataDirectory = "./render-data";

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
        };
        return new Dictionary<string, string>(properties, StringComparer.Ordinal);
    }
}
