using System.CommandLine;
using Render.Client;
using Render.Geometry.Numerics;
using Render.Imaging.Codecs.Encoding;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model.Rendering;
using Render.Model.Stacks;
using Spectre.Console;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render section</c>: renders whole layers (or a box of each) of a stack at a scale into a
/// folder, one file per z named like render's RenderSectionClient (<c>{z}.{ext}</c>), reading each
/// layer's render parameters through the client and rendering in this process from the local image
/// files.
/// </summary>
internal static class SectionCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var stack = new Option<string>("--stack") { Description = "stack name", Required = true };
        var zs = new Option<string[]>("--z") { Description = "layer(s) to render; repeatable or comma-separated", Required = true, AllowMultipleArgumentsPerToken = true };
        var scale = new Option<double>("--scale") { Description = "output pixels per world pixel", DefaultValueFactory = _ => 0.02 };
        var bounds = new Option<string?>("--bounds") { Description = "world box minX,minY,maxX,maxY (default: each layer's bounds)" };
        var format = new Option<string>("--format") { Description = "jpg, png, tif, png16 or tif16", DefaultValueFactory = _ => "png" };
        var outDir = new Option<string>("--out") { Description = "output folder (created if missing)", DefaultValueFactory = _ => "." };
        var imageRoots = new Option<string[]>("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };
        var command = new Command("section", "render section images of a stack into a folder") { stack, zs, scale, bounds, format, outDir, imageRoots };
        ClientCommandAction.Set(command, "section", error, (client, connection, parse, cancellationToken) =>
        {
            var request = new SectionRequest(
                ConnectionOptions.StackOf(connection, parse.GetValue(stack)!), ZValues.Parse(parse.GetValue(zs)!), parse.GetValue(scale),
                SectionBounds.Parse(parse.GetValue(bounds)), OutputFormats.Parse(parse.GetValue(format)!), parse.GetValue(outDir)!, parse.GetValue(imageRoots) ?? []);
            return RunAsync(client, request, output, cancellationToken);
        });
        return command;
    }

    private static async Task RunAsync(RenderClient client, SectionRequest request, TextWriter output, CancellationToken cancellationToken)
    {
        if (!double.IsFinite(request.Scale) || request.Scale <= 0 || request.Scale > 1)
        {
            throw new ArgumentException($"--scale must be above 0 and at most 1, not {request.Scale}");
        }

        Directory.CreateDirectory(request.OutputFolder);
        var policy = request.ImageRoots.Length > 0 ? new ImageAccessPolicy(request.ImageRoots) : ImageAccessPolicy.AnyLocalFile;
        var loader = new TileImageLoader(policy, new ImageCache());
        var renderer = new CanvasRenderer(loader);
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        await console.Progress().StartAsync(async progress =>
        {
            var task = progress.AddTask($"{request.StackId.Stack} at scale {request.Scale}", maxValue: request.Zs.Count);
            foreach (var z in request.Zs)
            {
                var parameters = await ParametersAsync(client, request, z, cancellationToken).ConfigureAwait(false);
                loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
                var path = Path.Combine(request.OutputFolder, $"{JavaNumberFormat.FormatDouble(z)}.{request.Format.Extension()}");
                await File.WriteAllBytesAsync(path, RenderedImage.Encode(renderer, parameters, request.Format), cancellationToken).ConfigureAwait(false);
                task.Increment(1);
            }
        }).ConfigureAwait(false);
        await output.WriteLineAsync($"wrote {request.Zs.Count} section image(s) to {Path.GetFullPath(request.OutputFolder)}").ConfigureAwait(false);
    }

    /// <summary>The parameters of layer <paramref name="z"/> at the request's scale, limited to its box when it has one.</summary>
    private static async Task<RenderParameters> ParametersAsync(RenderClient client, SectionRequest request, double z, CancellationToken cancellationToken)
    {
        var parameters = request.Bounds is { } b
            ? await client.Rendering.GetBoxParametersAsync(request.StackId, new RenderBox(z, b.MinX, b.MinY, b.Width, b.Height, request.Scale), cancellationToken: cancellationToken)
                .ConfigureAwait(false)
            : await client.Rendering.GetLayerParametersAsync(request.StackId, z, new RenderQuery { Scale = request.Scale }, cancellationToken).ConfigureAwait(false);
        return parameters with { Scale = request.Scale };
    }

    private sealed record SectionRequest(
        StackId StackId, List<double> Zs, double Scale, SectionBounds? Bounds, OutputFormat Format, string OutputFolder, string[] ImageRoots);
}
