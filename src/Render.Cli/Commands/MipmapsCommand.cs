using Render.Export;
using Render.Export.Files;
using Render.Export.Mipmaps;
using Render.Geometry.Numerics;
using Render.Imaging.Codecs.Loading;
using Render.Model.Stacks;
using Render.Model.Tiles;

namespace Render.Cli.Commands;

/// <summary>
/// <c>render mipmaps</c>: render's MipmapClient. For each layer, this part's tiles (render's render
/// group split of the layer's tiles in tile id order) get their level files in render's
/// MipmapPathBuilder layout under <c>--root-directory</c>, each level the 2×2 average of the one
/// above; tiles whose files all exist are skipped, so a rerun resumes. Then the stack's
/// mipmapPathBuilder is updated as render does (set when it has none, given more levels when the
/// root and format are the same), so that the service renders low scales from the files.
/// </summary>
internal static class MipmapsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var stack = new Option<string>("--stack") { Description = "stack name", Required = true };
        var root = new Option<string>("--root-directory") { Description = "root of the level folders (must exist and be writable)", Required = true };
        var minLevel = new Option<int>("--min-level") { Description = "lowest level written (lower levels are computed, not saved)", DefaultValueFactory = _ => 1 };
        var maxLevel = new Option<int>("--max-level") { Description = "highest level", DefaultValueFactory = _ => 6 };
        var format = new Option<string>("--format") { Description = "tif, png or jpg", DefaultValueFactory = _ => "tif" };
        var force = new Option<bool>("--force-generation") { Description = "rewrite level files that exist" };
        var removeAll = new Option<bool>("--remove-all") { Description = "delete this part's level files instead of making them" };
        var threads = new Option<int>("--threads") { Description = "tiles worked on at once (default: one per processor)" };
        var imageRoots = new Option<string[]>("--image-root") { Description = "only read images under this folder; repeatable (default: any local file)" };
        var zs = new Argument<string[]>("z") { Description = "the layers", Arity = ArgumentArity.OneOrMore };
        var command = new Command("mipmaps", "make mipmap level files of a stack's tiles and point the stack at them (render's MipmapClient)")
        {
            stack, root, minLevel, maxLevel, format, force, removeAll, threads, imageRoots, zs,
        };
        var part = new WorkPartOptions(withRenderGroups: true);
        part.AddTo(command);
        ClientCommandAction.Set(command, "mipmaps", error, async (client, connection, parse, cancellationToken) =>
        {
            var stackId = ConnectionOptions.StackOf(connection, parse.GetValue(stack)!);
            var workPart = part.Resolve(parse);
            var roots = parse.GetValue(imageRoots) ?? [];
            var generator = new MipmapGenerator(
                new MipmapOptions(parse.GetValue(root)!, parse.GetValue(minLevel), parse.GetValue(maxLevel), ImageFileFormats.Parse(parse.GetValue(format)!),
                    parse.GetValue(force), parse.GetValue(threads)),
                roots.Length > 0 ? new ImageAccessPolicy(roots) : ImageAccessPolicy.AnyLocalFile);
            var layers = ZValues.Parse(parse.GetValue(zs)!);
            await ExportProgressBar.RunAsync(output, async bar =>
            {
                foreach (var z in layers)
                {
                    var tiles = await LayerTilesAsync(client, stackId, z, cancellationToken).ConfigureAwait(false);
                    var line = parse.GetValue(removeAll)
                        ? $"removed {workPart.Take(tiles).Sum(generator.Remove)} level files"
                        : Summary(await generator.GenerateAsync(tiles, workPart, bar($"z {JavaNumberFormat.FormatDouble(z)}"), cancellationToken).ConfigureAwait(false));
                    await output.WriteLineAsync($"z {JavaNumberFormat.FormatDouble(z)}, part {workPart} ({tiles.Count} tiles in the layer): {line}").ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
            await output.WriteLineAsync(await UpdateBuilderAsync(client, stackId, generator, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>The layer's tiles in tile id order, the same for every part of a job array.</summary>
    private static async Task<List<TileSpec>> LayerTilesAsync(RenderClient client, StackId stackId, double z, CancellationToken cancellationToken)
    {
        var layer = await client.Tiles.GetResolvedAsync(stackId, z, cancellationToken).ConfigureAwait(false);
        return [.. layer.TileIdToSpecMap.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => entry.Value)];
    }

    private static string Summary(MipmapRunResult result) =>
        $"{result.End - result.Start} tiles, {result.FilesWritten} level files written, {result.Tiles.Count(t => t.Skipped)} tiles already done";

    /// <summary>render's updateMipmapPathBuilderForStack.</summary>
    private static async Task<string> UpdateBuilderAsync(RenderClient client, StackId stackId, MipmapGenerator generator, CancellationToken cancellationToken)
    {
        var meta = await client.Stacks.GetMetaDataAsync(stackId, cancellationToken).ConfigureAwait(false);
        var version = meta.CurrentVersion ?? throw new ExportException($"version is missing for stack {stackId.Stack}");
        var update = generator.UpdateFor(version.MipmapPathBuilder);
        if (update.Builder is { } builder)
        {
            await client.Stacks.SetMipmapPathBuilderAsync(stackId, builder, cancellationToken).ConfigureAwait(false);
            return $"set the mipmap path builder of {stackId.Stack} to {builder.RootPath} ({builder.NumberOfLevels} levels, .{builder.Extension}): {update.Reason}";
        }

        return $"mipmap path builder of {stackId.Stack} not changed: {update.Reason}";
    }
}
