using Render.Export.Files;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Rendering;
using Render.Model.Tiles;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render image</c>: render's ArgbRenderer (the <c>org.janelia.alignment.Render</c> class
/// render-python's renderClient and rendererClient run). Tile specs (<c>--tile-spec-url</c>) or render
/// parameters (<c>--parameters-url</c>), from a file or over http(s) through the client, are rendered
/// in this process into <c>--out</c>, saved as render saves it (the extension picks the format),
/// whole or not at all; with <c>--in</c>, drawn over that image at its size (render's openTargetImage).
/// </summary>
internal static class ImageCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var options = new ImageOptions();
        var command = new Command("image", "render tile specs or render parameters into an image file, in this process (render's ArgbRenderer)");
        options.AddTo(command);
        ClientCommandAction.Set(command, "image", error, async (client, _, parse, cancellationToken) =>
        {
            var based = parse.GetValue(options.ParametersUrl) is { } url
                ? await ParametersAtAsync(client, url, cancellationToken).ConfigureAwait(false)
                : new RenderParameters();
            var parameters = options.Apply(parse, based);
            if (parameters.TileSpecs.Count == 0 && parameters.TileSpecUrl is { } tiles)
            {
                parameters = parameters with { TileSpecs = await TilesAtAsync(client, tiles, cancellationToken).ConfigureAwait(false) };
            }

            var target = parameters.Out ?? throw new ArgumentException("no output: give --out (or an 'out' in the parameters)");
            var path = ImageAccessPolicy.ToLocalPath(target) ?? throw new ArgumentException($"--out '{target}' is not a local file");
            var file = RenderedImageFile.Parse(Path.GetExtension(path).TrimStart('.'));
            var roots = parse.GetValue(options.ImageRoots) ?? [];
            var loader = new TileImageLoader(roots.Length > 0 ? new ImageAccessPolicy(roots) : ImageAccessPolicy.AnyLocalFile, new ImageCache());
            loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
            var renderer = new CanvasRenderer(loader, parameters.NumberOfThreads);
            var image = parse.GetValue(options.In) is { } input
                ? file.RenderInto(input, renderer, parameters, parameters.ConvertToGray, parameters.Quality)
                : file.Render(renderer, parameters, parameters.ConvertToGray, parameters.Quality);
            AtomicFile.Write(Path.GetFullPath(path), image);
            await output.WriteLineAsync($"rendered {parameters.TileSpecs.Count} tile(s) into {Path.GetFullPath(path)}").ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>render's loadFromUrl: render parameters from a file or a service.</summary>
    private static async Task<RenderParameters> ParametersAtAsync(RenderClient client, string url, CancellationToken cancellationToken) =>
        ImageAccessPolicy.ToLocalPath(url) is { } path
            ? JsonInputFile.Read<RenderParameters>(new FileInfo(path))
            : await client.Rendering.GetParametersAsync(Remote(url), cancellationToken).ConfigureAwait(false);

    /// <summary>render's parseTileSpecs: a JSON array of tile specs from a file or a service.</summary>
    private static async Task<IReadOnlyList<TileSpec>> TilesAtAsync(RenderClient client, string url, CancellationToken cancellationToken) =>
        ImageAccessPolicy.ToLocalPath(url) is { } path
            ? JsonInputFile.Read<List<TileSpec>>(new FileInfo(path))
            : await client.Tiles.GetFromUrlAsync(Remote(url), cancellationToken).ConfigureAwait(false);

    private static Uri Remote(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : throw new ArgumentException($"'{url}' is neither a file nor a URL");
}
