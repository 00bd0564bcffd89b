using System.CommandLine;
using Render.Geometry.Numerics;
using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render section</c>: renders whole layers (or a box of each) of a stack at a scale into a
/// folder, one file per z named like render's RenderSectionClient (<c>{z}.{ext}</c>), reading the
/// stack through render-ws's HTTP API and rendering in this process from the local image files.
/// </summary>
internal static class SectionCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var baseUrl = new Option<string>("--base-url") { Description = "render-ws API root", DefaultValueFactory = _ => "http://127.0.0.1:8080/render-ws/v1" };
        var owner = new Option<string>("--owner") { Description = "stack owner", Required = true };
        var project = new Option<string>("--project") { Description = "stack project", Required = true };
        var stack = new Option<string>("--stack") { Description = "stack name", Required = true };
        var zs = new Option<string[]>("--z") { Description = "layer(s) to render; repeatable or comma-separated", Required = true, AllowMultipleArgumentsPerToken = true };
        var scale = new Option<double>("--scale") { Description = "output pixels per world pixel", DefaultValueFactory = _ => 0.02 };
        var bounds = new Option<string?>("--bounds") { Description = "world box minX,minY,maxX,maxY (default: each layer's bounds)" };
        var format = new Option<string>("--format") { Description = "jpg, png, tif, png16 or tif16", DefaultValueFactory = _ => "png" };
        var outDir = new Option<string>("--out") { Description = "output folder (created if missing)", DefaultValueFactory = _ => "." };
        var imageRoots = new Option<string[]>("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };
        var command = new Command("section", "render section images of a stack into a folder") { baseUrl, owner, project, stack, zs, scale, bounds, format, outDir, imageRoots };
        command.SetAction(async (parse, cancellationToken) =>
        {
            try
            {
                var request = new SectionRequest(
                    parse.GetValue(baseUrl)!, parse.GetValue(owner)!, parse.GetValue(project)!, parse.GetValue(stack)!,
                    ZValues.Parse(parse.GetValue(zs)!), parse.GetValue(scale), SectionBounds.Parse(parse.GetValue(bounds)),
                    OutputFormats.Parse(parse.GetValue(format)!), parse.GetValue(outDir)!, parse.GetValue(imageRoots) ?? []);
                await RunAsync(request, output, cancellationToken).ConfigureAwait(false);
                return 0;
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or HttpRequestException or IOException or ImageAccessException)
            {
                await error.WriteLineAsync($"render section: {e.Message}").ConfigureAwait(false);
                return 1;
            }
        });
        return command;
    }

    private static async Task RunAsync(SectionRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        if (!double.IsFinite(request.Scale) || request.Scale <= 0 || request.Scale > 1)
        {
            throw new ArgumentException($"--scale must be above 0 and at most 1, not {request.Scale}");
        }

        Directory.CreateDirectory(request.OutputFolder);
        var policy = request.ImageRoots.Length > 0 ? new ImageAccessPolicy(request.ImageRoots) : ImageAccessPolicy.AnyLocalFile;
        var loader = new TileImageLoader(policy, new ImageCache());
        var renderer = new CanvasRenderer(loader);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(5) };
        var source = new SectionSource(http, request.BaseUrl, request.Owner, request.Project, request.Stack);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"{request.Stack} at scale {request.Scale}", maxValue: request.Zs.Count);
            foreach (var z in request.Zs)
            {
                var parameters = await source.GetAsync(z, request.Scale, request.Bounds, cancellationToken).ConfigureAwait(false);
                parameters = parameters with { Scale = request.Scale };
                loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
                var path = Path.Combine(request.OutputFolder, $"{JavaNumberFormat.FormatDouble(z)}.{request.Format.Extension()}");
                await File.WriteAllBytesAsync(path, RenderedImage.Encode(renderer, parameters, request.Format), cancellationToken).ConfigureAwait(false);
                task.Increment(1);
            }
        }).ConfigureAwait(false);
        await output.WriteLineAsync($"wrote {request.Zs.Count} section image(s) to {Path.GetFullPath(request.OutputFolder)}").ConfigureAwait(false);
    }

    private sealed record SectionRequest(
        string BaseUrl, string Owner, string Project, string Stack, List<double> Zs, double Scale, SectionBounds? Bounds,
        OutputFormat Format, string OutputFolder, string[] ImageRoots);
}
