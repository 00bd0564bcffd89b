using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Cli.Commands;

/// <summary>
/// render's ArgbRenderer command line (RenderParameters' options) in kebab-case. A value given here
/// wins over the <c>--parameters-url</c> file's unless it equals render's default, as render merges them.
/// </summary>
internal sealed class ImageOptions
{
    public Option<string?> TileSpecUrl { get; } = new("--tile-spec-url") { Description = "JSON array of tile specs: a file, file: URL or http(s) URL" };

    public Option<string?> ParametersUrl { get; } = new("--parameters-url") { Description = "render parameters JSON (a file, file: URL or http(s) URL) for every value not given here" };

    public Option<string?> Out { get; } = new("--out") { Description = "the image file; its extension (png, jpg, tif) picks the format" };

    public Option<string?> In { get; } = new("--in") { Description = "an 8-bit image to draw over: the output has its size, and shows it where no tile is drawn" };

    public Option<string[]> ImageRoots { get; } = new("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };

    private Option<double?> X { get; } = new("--x") { Description = "world x of the left edge (default 0)" };

    private Option<double?> Y { get; } = new("--y") { Description = "world y of the top edge (default 0)" };

    private Option<int?> Width { get; } = new("--width") { Description = "world width (default 256)" };

    private Option<int?> Height { get; } = new("--height") { Description = "world height (default 256)" };

    private Option<double?> Scale { get; } = new("--scale") { Description = "output pixels per world pixel (default 1)" };

    private Option<double?> MeshCellSize { get; } = new("--res", "--mesh-cell-size") { Description = "mesh cell size in pixels (default 64)" };

    private Option<double?> MinMeshCellSize { get; } = new("--min-res", "--min-mesh-cell-size") { Description = "smallest mesh cell at the output scale (default 0)" };

    private Option<bool?> AreaOffset { get; } = new("--area-offset") { Description = "kept for compatibility; render does not use it" };

    private Option<double?> MinIntensity { get; } = new("--min-intensity") { Description = "intensity drawn black, for every tile" };

    private Option<double?> MaxIntensity { get; } = new("--max-intensity") { Description = "intensity drawn white, for every tile" };

    private Option<bool?> Gray { get; } = new("--gray") { Description = "save PNG and JPEG as 8-bit grey" };

    private Option<float?> Quality { get; } = new("--quality") { Description = "JPEG quality from 0 to 1 (default 0.85)" };

    private Option<int?> Threads { get; } = new("--threads") { Description = "rendering threads (default 1)" };

    private Option<bool?> SkipInterpolation { get; } = new("--skip-interpolation") { Description = "nearest neighbour instead of bilinear" };

    private Option<bool?> BinaryMask { get; } = new("--binary-mask") { Description = "draw only fully opaque mask pixels" };

    private Option<bool?> ExcludeMask { get; } = new("--exclude-mask") { Description = "ignore the tiles' masks" };

    private Option<bool?> DoFilter { get; } = new("--do-filter") { Description = "apply render's default filter" };

    private Option<int?> BackgroundColor { get; } = new("--background-color") { Description = "RGB int of an opaque background (default transparent)" };

    private Option<bool?> FillWithNoise { get; } = new("--fill-with-noise") { Description = "fill the background with noise" };

    private Option<string?> Channels { get; } = new("--channels") { Description = "channel(s) and weights, e.g. DAPI or DAPI__0.7__TdTomato__0.3" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[]
        {
            TileSpecUrl, ParametersUrl, Out, In, X, Y, Width, Height, Scale, MeshCellSize, MinMeshCellSize, AreaOffset, MinIntensity, MaxIntensity,
            Gray, Quality, Threads, SkipInterpolation, BinaryMask, ExcludeMask, DoFilter, BackgroundColor, FillWithNoise, Channels, ImageRoots,
        })
        {
            command.Options.Add(option);
        }
    }

    /// <summary>render's applyBaseParameters: each value given here, unless it is render's default, else the base's.</summary>
    public RenderParameters Apply(ParseResult parse, RenderParameters based)
    {
        var defaults = new RenderParameters();
        return based with
        {
            TileSpecUrl = parse.GetValue(TileSpecUrl) ?? based.TileSpecUrl,
            Out = parse.GetValue(Out) ?? based.Out,
            X = Merge(parse.GetValue(X), based.X, defaults.X),
            Y = Merge(parse.GetValue(Y), based.Y, defaults.Y),
            Width = Merge(parse.GetValue(Width), based.Width, defaults.Width),
            Height = Merge(parse.GetValue(Height), based.Height, defaults.Height),
            Scale = Merge(parse.GetValue(Scale), based.Scale, defaults.Scale),
            MeshCellSize = Merge(parse.GetValue(MeshCellSize), based.MeshCellSize, TileSpec.DefaultMeshCellSize),
            MinMeshCellSize = Merge(parse.GetValue(MinMeshCellSize), based.MinMeshCellSize, defaults.MinMeshCellSize),
            AreaOffset = Merge(parse.GetValue(AreaOffset), based.AreaOffset, false),
            MinIntensity = parse.GetValue(MinIntensity) ?? based.MinIntensity,
            MaxIntensity = parse.GetValue(MaxIntensity) ?? based.MaxIntensity,
            ConvertToGray = Merge(parse.GetValue(Gray), based.ConvertToGray, false),
            Quality = Merge(parse.GetValue(Quality), based.Quality, RenderParameters.DefaultQuality),
            NumberOfThreads = Merge(parse.GetValue(Threads), based.NumberOfThreads, defaults.NumberOfThreads),
            SkipInterpolation = Merge(parse.GetValue(SkipInterpolation), based.SkipInterpolation, false),
            BinaryMask = Merge(parse.GetValue(BinaryMask), based.BinaryMask, false),
            ExcludeMask = Merge(parse.GetValue(ExcludeMask), based.ExcludeMask, false),
            DoFilter = Merge(parse.GetValue(DoFilter), based.DoFilter, false),
            BackgroundRGBColor = parse.GetValue(BackgroundColor) ?? based.BackgroundRGBColor,
            FillWithNoise = Merge(parse.GetValue(FillWithNoise), based.FillWithNoise, false),
            Channels = parse.GetValue(Channels) ?? based.Channels,
        };
    }

    private static T Merge<T>(T? given, T based, T fallback)
        where T : struct, IEquatable<T> =>
        given is { } value && !value.Equals(fallback) ? value : based;
}
