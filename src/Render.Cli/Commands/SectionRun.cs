using Render.Export;
using Render.Export.Files;
using Render.Geometry.Numerics;
using Render.Imaging.Codecs.Loading;
using Render.Imaging.Rendering;
using Render.Model;
using Render.Model.Rendering;

namespace Render.Cli.Commands;

/// <summary>The work of <c>render section</c>: each layer's parameters through the client, rendered here, saved whole.</summary>
internal sealed class SectionRun(RenderClient client, SectionRequest request, TextWriter output)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        OutputFolder.RequireWritable(request.Paths.Folder, create: true);
        var needsStack = request.UseStackBounds || request.ResolutionUnit is not null;
        var stack = needsStack ? await client.Stacks.GetMetaDataAsync(request.StackId, cancellationToken).ConfigureAwait(false) : null;
        var stackBounds = request.UseStackBounds
            ? stack!.Stats?.StackBounds ?? throw new ExportException($"stack {request.StackId.Stack} has no bounds; complete it so that they are derived")
            : null;
        var calibration = Calibration(stack?.CurrentVersion?.StackResolutionX, stack?.CurrentVersion?.StackResolutionY);
        var loader = new TileImageLoader(request.Policy, new ImageCache());
        var renderer = new CanvasRenderer(loader);
        await TerminalProgress.RunAsync(output, $"{request.StackId.Stack} at scale {JavaNumberFormat.FormatDouble(request.Scale)}", request.Zs.Count, async step =>
        {
            foreach (var z in request.Zs)
            {
                var parameters = await ParametersAsync(z, stackBounds, cancellationToken).ConfigureAwait(false);
                loader.Validate(parameters.TileSpecs, parameters.ExcludeMask);
                var image = request.File.Render(renderer, parameters, request.ConvertToGray, parameters.Quality, calibration);
                AtomicFile.Write(request.Paths.FileOf(z), image);
                step(1);
            }
        }).ConfigureAwait(false);
        await output.WriteLineAsync($"wrote {request.Zs.Count} section image(s) to {request.Paths.Folder}").ConfigureAwait(false);
    }

    /// <summary>
    /// render's saveTiffImageWithResolution: each pixel measures the stack's resolution over the scale;
    /// without resolution values render writes the TIFF uncalibrated.
    /// </summary>
    private (double, double, string)? Calibration(double? resolutionX, double? resolutionY) =>
        request.ResolutionUnit is { } unit && resolutionX is { } x && resolutionY is { } y ? (x / request.Scale, y / request.Scale, unit) : null;

    /// <summary>render's box for a layer: the given bounds, or the layer's (or stack's) bounds with the size rounded; the run's options applied.</summary>
    private async Task<RenderParameters> ParametersAsync(double z, Bounds? stackBounds, CancellationToken cancellationToken)
    {
        RenderBox box;
        if (request.Bounds is { } b)
        {
            box = new RenderBox(z, b.MinX, b.MinY, b.Width, b.Height, request.Scale);
        }
        else
        {
            var bounds = stackBounds ?? await client.Sections.GetBoundsAsync(request.StackId, z, cancellationToken).ConfigureAwait(false);
            if (bounds is not { MinX: { } minX, MinY: { } minY, MaxX: { } maxX, MaxY: { } maxY })
            {
                throw new ExportException($"layer {JavaNumberFormat.FormatDouble(z)} of stack {request.StackId.Stack} has no bounds (it has no tiles)");
            }

            box = new RenderBox(z, minX, minY, (int)(maxX - minX + 0.5), (int)(maxY - minY + 0.5), request.Scale);
        }

        var parameters = await client.Rendering.GetBoxParametersAsync(request.StackId, box, request.Query, cancellationToken).ConfigureAwait(false);
        return parameters with
        {
            Scale = request.Scale,
            DoFilter = request.DoFilter ?? parameters.DoFilter,
            FillWithNoise = request.FillWithNoise ?? parameters.FillWithNoise,
            Channels = request.Channels ?? parameters.Channels,
        };
    }
}
