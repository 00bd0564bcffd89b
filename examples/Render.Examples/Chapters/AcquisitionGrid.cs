using System.Globalization;

namespace Render.Examples.Chapters;

/// <summary>
/// The shape of the guide's synthetic acquisition: <paramref name="Sections"/> sections (layers
/// z = 0, 1, ...) of <paramref name="TilesPerSection"/> tiles each, on a grid of rows and columns,
/// and how it is sent.
/// </summary>
/// <param name="Sections">The number of sections.</param>
/// <param name="TilesPerSection">The number of tiles in each section.</param>
/// <param name="BatchSize">Tiles per request.</param>
/// <param name="MaxParallelRequests">Requests in flight at once.</param>
public sealed record AcquisitionGrid(int Sections, int TilesPerSection, int BatchSize = 5_000, int MaxParallelRequests = 4)
{
    /// <summary>The tiles' width and height in pixels.</summary>
    public const int TileSize = 2048;

    /// <summary>How far neighbouring tiles overlap, in pixels (what point matches are found in).</summary>
    public const int Overlap = 200;

    /// <summary>The guide's acquisition: 500 sections of 200 tiles, 100,000 tiles.</summary>
    public static AcquisitionGrid Guide { get; } = new(500, 200);

    /// <summary>The number of tiles.</summary>
    public int TileCount => Sections * TilesPerSection;

    /// <summary>Columns of a section: as many as rows, or one more, so a section is about square.</summary>
    public int Columns => (int)Math.Ceiling(Math.Sqrt(TilesPerSection));

    /// <summary>
    /// The grid from the program's arguments: none for <see cref="Guide"/>, or the number of sections
    /// (at least two: matches are made between the first two) and of tiles per section (for a
    /// quicker run, <c>-- 20 36</c>).
    /// </summary>
    /// <exception cref="ArgumentException">The arguments are not two such numbers.</exception>
    public static AcquisitionGrid FromArguments(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0)
        {
            return Guide;
        }

        if (args.Count == 2
            && int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sections) && sections >= 2
            && int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var tiles) && tiles > 0)
        {
            return Guide with { Sections = sections, TilesPerSection = tiles };
        }

        throw new ArgumentException($"expected no arguments, or the number of sections (2 or more) and of tiles per section; got '{string.Join(' ', args)}'");
    }
}
