using Render.Export.Boxes;
using Render.Geometry.Numerics;
using Render.Imaging.Codecs.Loading;
using Render.Model.Stacks;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render boxes</c>: render's BoxClient. Each layer is cut into boxes of a fixed size rendered in
/// this process (this part's 2^maxLevel areas of them), with the higher levels averaged 2×2 and an
/// optional overview, in CATMAID's LargeDataTileSource layout under
/// <c>[root]/[project]/[stack]/[w]x[h]</c>; boxes that exist are kept, so a rerun resumes. Once every
/// layer is done the stack's materializedBoxRootPath is set to <c>[root]/[project]/[stack]</c> when it
/// has none, so that the service's largeDataTileSource endpoints serve the files.
/// </summary>
internal static class BoxesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var o = new BoxesOptions();
        var command = new Command("boxes", "render CATMAID box pyramids of a stack's layers into a folder (render's BoxClient)");
        o.AddTo(command);
        var part = new WorkPartOptions(withRenderGroups: true);
        part.AddTo(command);
        ClientCommandAction.Set(command, "boxes", error, async (client, connection, parse, cancellationToken) =>
        {
            var stackId = ConnectionOptions.StackOf(connection, parse.GetValue(o.Stack)!);
            var workPart = part.Resolve(parse);
            var options = o.Resolve(parse, stackId);
            var layers = ZValues.Parse(parse.GetValue(o.Zs)!);
            var meta = await client.Stacks.GetMetaDataAsync(stackId, cancellationToken).ConfigureAwait(false);
            var roots = parse.GetValue(o.ImageRoots) ?? [];
            var source = new ClientBoxParameters(client, stackId, new RenderQuery { FilterListName = parse.GetValue(o.FilterListName) });
            var generator = BoxPyramidGenerator.ForStack(options, meta, source, roots.Length > 0 ? new ImageAccessPolicy(roots) : ImageAccessPolicy.AnyLocalFile);
            generator.WriteEmptyImage();
            await ExportProgressBar.RunAsync(output, async bar =>
            {
                foreach (var z in layers)
                {
                    var name = JavaNumberFormat.FormatDouble(z);
                    var bounds = await client.Sections.GetBoundsAsync(stackId, z, cancellationToken).ConfigureAwait(false);
                    var result = options.Label
                        ? await generator.GenerateLabelLayerAsync(
                            z, bounds, (await client.Tiles.GetResolvedAsync(stackId, z, cancellationToken).ConfigureAwait(false)).TileIdToSpecMap.Values, workPart, bar($"z {name}"), cancellationToken)
                            .ConfigureAwait(false)
                        : await generator.GenerateLayerAsync(z, bounds, workPart, bar($"z {name}"), cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(
                        $"z {name}, part {workPart}: {result.BoxesWritten} boxes written, {result.BoxesKept} kept, {result.EmptyBoxes} empty"
                        + (result.OverviewWritten ? ", overview written" : string.Empty)).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            await output.WriteLineAsync(await PointStackAtBoxesAsync(client, stackId, meta, generator.Paths.StackDirectory, cancellationToken).ConfigureAwait(false))
                .ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Sets the stack's materializedBoxRootPath to the boxes when it has none; another one is left as it is.</summary>
    private static async Task<string> PointStackAtBoxesAsync(RenderClient client, StackId stackId, StackMetaData meta, string directory, CancellationToken cancellationToken)
    {
        var current = meta.CurrentVersion?.MaterializedBoxRootPath;
        if (current is null)
        {
            await client.Stacks.SetMaterializedBoxRootPathAsync(stackId, directory, cancellationToken).ConfigureAwait(false);
            return $"boxes are in {directory}; set it as the materializedBoxRootPath of {stackId.Stack}, so the service serves them";
        }

        return Path.TrimEndingDirectorySeparator(Path.GetFullPath(current)) == directory
            ? $"boxes are in {directory}, the materializedBoxRootPath of {stackId.Stack}"
            : $"boxes are in {directory}; the materializedBoxRootPath of {stackId.Stack} stays {current}";
    }
}
