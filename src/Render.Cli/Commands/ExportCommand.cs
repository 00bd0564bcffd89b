using Render.Export.Volumes;
using Render.Imaging.Codecs.Loading;
using Render.Model.Jobs;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render export</c>: render's Spark N5Client without Spark, to N5 (render's layout and
/// attributes) or OME-Zarr. A whole run renders level 0, averages each further level and writes the
/// viewer metadata. A cluster job array runs <c>--part i/n</c> for level 0 (the default level of a
/// part), then <c>--level k --part i/n</c> for each further level once the one before is complete,
/// then <c>--metadata-only</c> once. Blocks that exist are kept, so a rerun resumes; each is written
/// whole under a temporary name and renamed.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var o = new ExportOptions();
        var command = new Command("export", "export a stack to an N5 or OME-Zarr volume for neuroglancer (render's N5Client)");
        o.AddTo(command);
        var part = new WorkPartOptions(withRenderGroups: false);
        part.AddTo(command);
        ClientCommandAction.Set(command, "export", error, async (client, connection, parse, cancellationToken) =>
        {
            var stackId = ConnectionOptions.StackOf(connection, parse.GetValue(o.Stack)!);
            var workPart = part.Resolve(parse);
            var options = o.Resolve(parse);
            var meta = await client.Stacks.GetMetaDataAsync(stackId, cancellationToken).ConfigureAwait(false);
            var roots = parse.GetValue(o.ImageRoots) ?? [];
            var exporter = new VolumeExporter(
                options, meta, new ClientBoxParameters(client, stackId), o.BoundsFor(parse, meta.Stats?.StackBounds),
                roots.Length > 0 ? new ImageAccessPolicy(roots) : ImageAccessPolicy.AnyLocalFile);
            if (parse.GetValue(o.MetadataOnly))
            {
                exporter.WriteMetadata();
                await output.WriteLineAsync($"wrote the metadata of {exporter.Container}").ConfigureAwait(false);
                return;
            }

            var levels = parse.GetValue(o.Level) is { } level ? [level]
                : workPart.Count == 1 ? Enumerable.Range(0, exporter.Geometry.Levels.Count).ToList()
                : [0];
            if (levels.Any(l => l < 0 || l >= exporter.Geometry.Levels.Count))
            {
                throw new ArgumentException($"--level must be from 0 to {exporter.Geometry.Levels.Count - 1} for these bounds, block size and factors");
            }

            await ExportProgressBar.RunAsync(output, async bar =>
            {
                foreach (var l in levels)
                {
                    var result = await exporter.WriteLevelAsync(l, workPart, bar($"level {l}"), cancellationToken).ConfigureAwait(false);
                    await output.WriteLineAsync(
                        $"level {l} ({exporter.LevelPath(l)}), part {workPart}: {result.ItemsDone} work items written, {result.ItemsKept} already done").ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            await output.WriteLineAsync(Finish(exporter, levels, workPart)).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Writes the metadata after a whole run; tells a part what comes next.</summary>
    private static string Finish(VolumeExporter exporter, List<int> levels, WorkPart part)
    {
        var last = exporter.Geometry.Levels.Count - 1;
        if (part.Count == 1 && levels[^1] == last)
        {
            exporter.WriteMetadata();
            return $"exported {exporter.Geometry.Levels.Count} level(s) to {exporter.Container}";
        }

        return levels[^1] < last
            ? $"when every part of level {levels[^1]} is done, run level {levels[^1] + 1} with --level {levels[^1] + 1}"
            : "when every part is done, run once with --metadata-only";
    }
}
