namespace Render.Model.Limits;

/// <summary>
/// The bounds a request's content must stay within, checked before anything is derived or stored:
/// id and name lengths, tile sizes and the mesh a tile's cell size implies, finite numbers, match
/// arrays of one length. The defaults are far beyond what a lab's data reaches (render's own
/// stores refuse index keys over about 1 KB; render's mesh cell size is 64 pixels) and small enough
/// that one request cannot make the service work for minutes or take gigabytes (issue 21: a tile
/// with <c>meshCellSize</c> 1e-6 held the service for 24 s and 8.7 GB). Immutable and thread-safe;
/// a failed check throws <see cref="RenderInputException"/> with a message for the sender.
/// </summary>
public sealed partial record InputLimits
{
    /// <summary>The longest id or name by default, in characters.</summary>
    public const int DefaultMaxIdLength = 1024;

    /// <summary>The widest or tallest tile by default, in pixels.</summary>
    public const double DefaultMaxTileSide = 1_000_000;

    /// <summary>The most mesh cells a tile may imply by default: 2^22, a 2,048-pixel tile at cell size 1.</summary>
    public const long DefaultMaxMeshCells = 1L << 22;

    private static readonly AsyncLocal<InputLimits?> Ambient = new();

    /// <summary>The defaults.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>
    /// The limits of the request being served: <see cref="Default"/> unless set for the current
    /// asynchronous flow. The service sets them once per request from its options, so that code
    /// deep in the request (the import services, the bounding-box derivation) reads them without
    /// each layer passing them on; a value set inside an async method is seen by what it awaits
    /// and reverts when that method returns.
    /// </summary>
    public static InputLimits Current
    {
        get => Ambient.Value ?? Default;
        set => Ambient.Value = value;
    }

    /// <summary>The longest tile id, group id, section id, transform id, label or match canvas id, in characters.</summary>
    public int MaxIdLength { get; init; } = DefaultMaxIdLength;

    /// <summary>The largest tile width or height, in pixels.</summary>
    public double MaxTileSide { get; init; } = DefaultMaxTileSide;

    /// <summary>The most triangle-mesh cells a tile's width, height and <c>meshCellSize</c> may imply.</summary>
    public long MaxMeshCells { get; init; } = DefaultMaxMeshCells;

    /// <summary>Refuses an id longer than <see cref="MaxIdLength"/> (null passes: presence is checked where it is required).</summary>
    /// <param name="what">The id's name in the message, such as <c>tileId</c>.</param>
    /// <param name="value">The id.</param>
    /// <exception cref="RenderInputException">The id is too long.</exception>
    public void CheckId(string what, string? value)
    {
        if (value is not null && value.Length > MaxIdLength)
        {
            throw new RenderInputException(
                $"{what} '{Abbreviate(value)}' is {value.Length} characters long; the limit is {MaxIdLength}");
        }
    }

    /// <summary>Refuses NaN and infinities (a JSON number such as <c>1e309</c> reads as infinity).</summary>
    /// <exception cref="RenderInputException">The value is not finite.</exception>
    public static void CheckFinite(string what, double? value)
    {
        if (value is { } v && !double.IsFinite(v))
        {
            throw new RenderInputException($"{what} must be a finite number");
        }
    }

    /// <summary>The first 40 characters of a long value, so that a message never repeats a huge id.</summary>
    internal static string Abbreviate(string value) => value.Length <= 40 ? value : string.Concat(value.AsSpan(0, 40), "...");
}
